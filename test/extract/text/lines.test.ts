// Splitting dumps into logical lines: detecting the wrap width and re-joining hard-wrapped paragraphs.
import { describe, it, expect } from 'vitest';
import { splitDump, detectWrapWidth, displayWidth } from '../../../src/extract/text/lines.js';

/** Greedy word wrap, as a text browser does it. */
function wrap(text: string, width: number, indent = ''): string[] {
  const out: string[] = []; let cur = indent;
  for (const w of text.split(' ')) {
    if (cur.trim() && displayWidth(cur) + 1 + displayWidth(w) > width) { out.push(cur); cur = indent + w; } else cur = cur.trim() ? cur + ' ' + w : indent + w;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

const P1 = 'Fall is not just pumpkin spice season, it is also a time when nutrition and wellness trends take center stage. From athletes to busy professionals, everyone is looking for ways to stay fueled, boost performance, and support long-term health.';
const P2 = 'At Scratch Culinary, we keep our finger on the pulse of the nutrition world so you do not have to. Our chef-crafted, healthy meal delivery service makes it simple to stay ahead of the curve and on track with your fitness goals this autumn.';
const P3 = 'Protein continues to dominate the wellness conversation, and for good reason: it supports muscle recovery, keeps you feeling full, and fuels busy days across the whole week.';

describe('wrapped-line re-joining', () => {
  for (const width of [72, 80, 100]) {
    it(`re-joins paragraphs wrapped at ${width} columns (with indentation)`, () => {
      const dump = ['Home', 'Menu', '', ...wrap(P1, width, '   '), '', ...wrap(P2, width, '   '), '', ...wrap(P3, width, '   '), '', 'Share'].join('\n');
      const { lines, wrapWidth } = splitDump(dump);
      expect(wrapWidth).toBeGreaterThan(width - 16);
      expect(wrapWidth).toBeLessThanOrEqual(width);
      expect(lines.map((l) => l.text)).toEqual(['Home', 'Menu', P1, P2, P3, 'Share']);
      expect(lines[2]!.pieces).toBeGreaterThan(1);
    });
  }
  it('re-joins wrapped Chinese without inserting spaces', () => {
    const zh = '维基百科宣布与多家大型科技公司建立合作关系，其中包括微软、Meta和亚马逊。维基百科内容是训练AI模型的关键资源，其涵盖300多种语言的约6500万篇文章，是大型科技公司开发生成式AI聊天机器人和智能助手的重要训练数据来源。';
    const chars = [...zh]; const rows: string[] = []; let cur = '';
    for (const c of chars) { if (displayWidth(cur + c) > 80) { rows.push(cur); cur = c; } else cur += c; }
    rows.push(cur);
    const dump = ['首页', '', ...rows, '', ...rows, '', ...rows].join('\n');
    const { lines } = splitDump(dump);
    expect(lines.map((l) => l.text)).toEqual(['首页', zh, zh, zh]);
  });
  it('leaves a one-element-per-line dump alone', () => {
    const dump = [P1, P2, 'Short heading', P3, 'Another line'].join('\n');
    expect(detectWrapWidth(dump.split('\n'))).toBe(0);
    expect(splitDump(dump).lines.map((l) => l.text)).toEqual([P1, P2, 'Short heading', P3, 'Another line']);
  });
  it('does not join a bullet list, and strips the bullet', () => {
    const items = ['  • Actualités', '  • Monde', '  • Politique'];
    const dump = [...wrap(P1, 80), '', ...wrap(P2, 80), '', ...wrap(P3, 80), ...items].join('\n');
    const { lines } = splitDump(dump);
    expect(lines.slice(-3).map((l) => [l.bullet, l.text])).toEqual([[true, 'Actualités'], [true, 'Monde'], [true, 'Politique']]);
  });

  it('a bullet-like sign carrying a combining mark is a character of the text, not a bullet (→ + U+0338 is ↛)', () => {
    const { lines } = splitDump(['Opening line of the page', '\u2192\u0338 not a bullet', '\u2192 a bullet'].join('\n'));
    expect(lines.map((l) => [l.bullet, l.text])).toEqual([[false, 'Opening line of the page'], [false, '\u2192\u0338 not a bullet'], [true, 'a bullet']]);
  });
});
