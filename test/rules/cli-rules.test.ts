// The CLI's --rules flag: a JSON rules file and an ES module (with a hook) apply to one page and to a batch; a bad file fails cleanly.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, runCli, tmpDir, ROOT } from '../cli/helpers.js';

const PAGE = join(ROOT, 'fixtures/rules/netease-dy-article.html');
const URL_ = 'https://www.163.com/dy/article/KJ1A2B3C0519DTSV.html';
let cli = '';
let tmp = '';

beforeAll(async () => {
  cli = await buildCli('rules');
  tmp = tmpDir();
});

interface Out { body: string; title: string | null; rules: string[]; warnings: string[] }

describe('unchrome --rules', () => {
  it('applies the rules of a JSON file (RegExps as strings) before the built-in ones', () => {
    const file = join(tmp, 'rules.json');
    writeFileSync(file, JSON.stringify([{
      name: 'my-163',
      match: { hosts: ['*.163.com'], urls: ['/\\/dy\\/article\\//'] },
      html: { body: '.post_info', title: '.post_info a' },
    }]));
    const r = runCli(cli, [PAGE, '--url', URL_, '--rules', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.rules[0]).toBe('my-163');
    expect(out.title).toBe('财联社');
    // the user's (odd) body selector won over the built-in one
    expect(out.body).toContain('来源');
    expect(out.body).not.toContain('维基百科宣布');
  });

  it('runs the hooks of an ES module given explicitly', () => {
    const file = join(tmp, 'rules.mjs');
    writeFileSync(file, `export default { name: 'shout', match: { hosts: ['*.163.com'] }, after: (r) => ({ ...r, title: 'HOOKED ' + r.title }) };\n`);
    const r = runCli(cli, [PAGE, '--url', URL_, '--rules', file]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.title).toMatch(/^HOOKED /);
    expect(out.rules).toEqual(['shout', 'netease']);
  });

  it('loads the rules file in batch mode too (worker threads)', () => {
    const file = join(tmp, 'batch-rules.mjs');
    writeFileSync(file, `export default [{ name: 'tag', match: { format: 'html' }, after: (r) => ({ ...r, title: 'T:' + r.title }) }];\n`);
    const list = join(tmp, 'list.txt');
    writeFileSync(list, `${PAGE}\t${URL_}\n`);
    const outDir = join(tmp, 'batch-out');
    const r = runCli(cli, ['batch', '--list', list, '--out-dir', outDir, '--workers', '1', '--quiet', '--rules', file]);
    expect(r.status).toBe(0);
    const out = JSON.parse(readFileSync(join(outDir, 'netease-dy-article.json'), 'utf8')) as Out;
    expect(out.title).toMatch(/^T:/);
    expect(out.rules).toContain('tag');
  });

  it('fails with exit code 1 and a RULE_ERROR message naming the file and the field', () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'bad', match: { hosts: ['163.com'] }, html: { body: 'div[' } }));
    const r = runCli(cli, [PAGE, '--url', URL_, '--rules', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/rules file .*bad\.json: rule "bad": html\.body: invalid CSS selector .*\(RULE_ERROR\)/);
    const hook = join(tmp, 'hook.json');
    writeFileSync(hook, JSON.stringify({ name: 'h', match: { hosts: ['163.com'] }, after: 'x' }));
    expect(runCli(cli, [PAGE, '--rules', hook]).stderr).toMatch(/hooks cannot be given in JSON/);
  });
});
