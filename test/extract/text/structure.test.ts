// Structure corrections after the line model: share bars, far fragments beyond a dated (related / trending) list, and
// texts printed again (right after themselves or further down).
import { describe, it, expect } from 'vitest';
import { prepareDump, decideKeep } from '../../../src/extract/text/index.js';
import { correctStructure } from '../../../src/extract/text/structure.js';

const PROSE = [
  'The committee met on Tuesday to discuss the new budget, and most members agreed that the plan was sound.',
  'Several speakers pointed out that the cost of the project had risen sharply over the last two years.',
  'In the end the vote was postponed until the next session, when the final figures will be available.',
  'Local residents, who had followed the debate closely, said they were disappointed by the long delay.',
  'The mayor promised that a public meeting would be held before any final decision is taken on the matter.',
  'Critics argued that the proposal did not address the needs of the smaller villages in the district at all.',
];
const TAIL = 'The publisher is a regional newspaper group that has covered local politics for more than a century now.';

/** Runs the corrections with the given lines kept; returns which lines stay. */
function run(lines: string[], kept: (i: number, text: string) => boolean): Map<string, boolean> {
  const p = prepareDump(lines.join('\n'), null, []);
  const keep = p.lines.map((l, i) => kept(i, l.text));
  correctStructure(p.lines, p.feats.stats, keep);
  return new Map(p.lines.map((l, i) => [l.text, keep[i]!]));
}

describe('structure corrections', () => {
  it('drops a share bar made of social-network names, keeps prose that names one', () => {
    const prose = 'The company said on Facebook that the service would resume on Monday, after the repairs were done.';
    const out = run(['Facebook Twitter WhatsApp Pinterest LinkedIn Email', ...PROSE.slice(0, 3), prose], () => true);
    expect(out.get('Facebook Twitter WhatsApp Pinterest LinkedIn Email')).toBe(false);
    expect(out.get(prose)).toBe(true);
    expect(out.get(PROSE[0]!)).toBe(true);
  });

  const related = ['Related', 'Storm closes the harbour road', '2026-03-04 18:28:26', 'New school opens in the valley',
    '2026-03-04 19:37:20', 'Council votes on the bridge repair', '2026-03-05 06:18:59', 'Farmers protest the water rules',
    '2026-03-05 01:17:07', 'Museum reopens after two years', '2026-03-03 17:15:07'];
  const menu = ['Home', 'News', 'Sport', 'Culture', 'Business', 'Weather', 'Travel', 'Video', 'Podcasts', 'Contact'];

  it('drops a prose fragment that a dated list separates from the article', () => {
    const out = run([...PROSE, ...related, TAIL], (_, t) => PROSE.includes(t) || t === TAIL);
    expect(out.get(TAIL)).toBe(false);
    expect(PROSE.every((t) => out.get(t))).toBe(true);
  });

  it('keeps a far prose fragment when only undated chrome lies between', () => {
    const out = run([...PROSE, ...menu, TAIL], (_, t) => PROSE.includes(t) || t === TAIL);
    expect(out.get(TAIL)).toBe(true);
  });

  it('drops a far fragment without prose', () => {
    const out = run([...PROSE, ...menu, 'Subscribe now'], (_, t) => PROSE.includes(t) || t === 'Subscribe now');
    expect(out.get('Subscribe now')).toBe(false);
  });

  it('reads a run of kept lines printed twice in a row once', () => {
    const section = ['Features', PROSE[3]!, PROSE[4]!];
    const p = prepareDump([...PROSE.slice(0, 3), ...section, ...section, PROSE[5]!].join('\n'), null, []);
    const keep = p.lines.map(() => true);
    correctStructure(p.lines, p.feats.stats, keep);
    const kept = p.lines.filter((_, i) => keep[i]).map((l) => l.text);
    expect(kept).toEqual([...PROSE.slice(0, 3), ...section, PROSE[5]!]);
  });

  it('reads a text the page prints again further down once, in its first place', () => {
    const promo = 'Promoted items are selected based on what we think may interest you and add to your experience here.';
    const lines = [...PROSE.slice(0, 3), promo, 'Card one', promo, 'Card two', promo, ...PROSE.slice(3), PROSE[0]!];
    const p = prepareDump(lines.join('\n'), null, []);
    const keep = p.lines.map(() => true);
    const reasons = new Map<number, string>();
    correctStructure(p.lines, p.feats.stats, keep, reasons);
    const kept = p.lines.filter((_, i) => keep[i]).map((l) => l.text);
    // the removed log says why the copies left
    const copies = p.lines.map((l, i) => (l.text === promo && !keep[i] ? reasons.get(i) : null)).filter((r) => r !== null);
    expect(copies).toEqual(['duplicate', 'duplicate']);
    expect(kept.filter((t) => t === promo)).toHaveLength(1);
    expect(kept.filter((t) => t === PROSE[0])).toHaveLength(1);
    expect(kept.indexOf(promo)).toBe(3);
    expect(kept.indexOf(PROSE[0]!)).toBe(0);
    expect(PROSE.every((t) => kept.includes(t))).toBe(true);
  });

  it('keeps every copy of a field repeated in many items, and of a single word printed twice', () => {
    const items: string[] = [];
    for (const name of ['Oak Street Plumbing', 'Hill Electric', 'River Roofing', 'Town Painters', 'Lake Heating']) {
      items.push(name, 'Must be presented before start of work.');
    }
    const p = prepareDump(['Price', ...PROSE.slice(0, 3), 'Price', ...items].join('\n'), null, []);
    const keep = p.lines.map(() => true);
    correctStructure(p.lines, p.feats.stats, keep);
    const kept = p.lines.filter((_, i) => keep[i]).map((l) => l.text);
    expect(kept.filter((t) => t === 'Must be presented before start of work.')).toHaveLength(5);
    expect(kept.filter((t) => t === 'Price')).toHaveLength(2);
  });
  it('keeps a table between kept article lines whole, and leaves a table outside the article alone', () => {
    const table = ['Date       Change', '1/1/2013   +13.1%', '2/1/2013   +13.1%', '3/1/2013   +11.9%', '4/1/2013   +12.5%'];
    const footer = ['Store      Hours', 'Main St    9-5', 'Hill Rd    9-6', 'Lake Ave   10-4', 'Park Sq    8-8'];
    const lines = [...PROSE.slice(0, 3), ...table, ...PROSE.slice(3), ...menu, ...footer];
    const p = prepareDump(lines.join('\n'), null, []);
    // the model kept the prose and the table's first row only
    const keep = p.lines.map((l) => PROSE.includes(l.text) || l.text === table[0]);
    correctStructure(p.lines, p.feats.stats, keep);
    const kept = p.lines.filter((_, i) => keep[i]).map((l) => l.raw);
    expect(table.every((t) => kept.includes(t))).toBe(true);
    expect(footer.some((t) => kept.includes(t))).toBe(false);
  });
  it('never brings back a line that always goes when it keeps a table whole', () => {
    const table = ['Cookie     Duration', '_ga        2 years', '_gid       1 day', '_gat       1 minute', 'consent    1 year'];
    const p = prepareDump([...PROSE.slice(0, 3), ...table, ...PROSE.slice(3)].join('\n'), null, []);
    // the page's consent dialog lists its cookies in a table: those lines go whatever the model says
    p.lines.forEach((l, i) => { if (table.includes(l.raw) && l.raw !== table[0]) p.forced.set(i, 'cookie'); });
    const proba = Float64Array.from(p.lines, (l) => (PROSE.includes(l.text) || l.raw === table[0] ? 0.95 : 0.05));
    const keep = decideKeep(p, proba, 0.5, true);
    const kept = p.lines.filter((_, i) => keep[i]).map((l) => l.raw);
    expect(kept).toContain(table[0]);
    expect(table.slice(1).some((t) => kept.includes(t))).toBe(false);
    expect(PROSE.every((t) => kept.includes(t))).toBe(true);
  });
});
