// Format detection (HTML vs plain-text dump) on the seeds, the benchmark sets and hand-made edge cases.
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { detectFormat } from '../../src/input/detect.js';

const SEEDS = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));
const BENCH = fileURLToPath(new URL('../../../shared/bench/', import.meta.url));

describe('detectFormat', () => {
  it('calls every seed (text dumps) text', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(detectFormat(readFileSync(SEEDS + f, 'utf8')), f).toBe('text');
  });

  it.skipIf(!existsSync(BENCH))('is right on every page of the benchmark sets', () => {
    const wrong: string[] = [];
    let n = 0;
    for (const set of ['scrapinghub', 'wcxb-dev', 'wcxb-dev-w3m', 'dates-dev']) {
      for (const f of readdirSync(BENCH + set)) {
        let text: string; let want: 'html' | 'text';
        if (f.endsWith('.txt')) { text = readFileSync(`${BENCH}${set}/${f}`, 'utf8'); want = 'text'; }
        else if (f.endsWith('.html.gz')) { text = gunzipSync(readFileSync(`${BENCH}${set}/${f}`)).toString('latin1'); want = 'html'; }
        else continue;
        n++;
        if (detectFormat(text) !== want) wrong.push(`${set}/${f}`);
      }
    }
    expect(n).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('recognises markup by its start, after a BOM, whitespace or comments', () => {
    for (const s of [
      '<!DOCTYPE html><title>x</title>', '\uFEFF  <html lang="en">', '<!-- generated --> <!--x-->\n<!doctype html>',
      '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
      '<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', '<math><mi>x</mi></math>',
      '<frameset cols="50%,50%"><frame src="a.html"></frameset>', '<body><p>no head</p></body>',
    ]) expect(detectFormat(s), s).toBe('html');
  });

  it('calls a fragment that starts with a tag HTML', () => {
    expect(detectFormat('<p>Hello <b>world</b></p>')).toBe('html');
    expect(detectFormat('<div class="a">\n  <p>text</p>\n</div>')).toBe('html');
  });

  it('calls a dump that quotes a little markup text', () => {
    const dump = [
      'HTML tables tutorial', 'Home > Docs > Tables', '',
      'A table starts with the table element:', '<table>', '  <tr><td>cell</td></tr>', '</table>',
      'Each row is a tr element and each cell a td element.', 'Rows can also have headers.',
      'See also: lists, forms, images', 'Share this page', 'Copyright 2024',
    ].join('\n');
    expect(detectFormat(dump)).toBe('text');
    expect(detectFormat('<< Back to the list\nNews\nToday the council voted.')).toBe('text');
    expect(detectFormat('Just one line of text')).toBe('text');
  });
});
