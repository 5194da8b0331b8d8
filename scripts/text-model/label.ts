/** Labels dump lines for training: a line is article text when its words occur, in order, in the truth body. */
import type { DumpLine } from '../../src/extract/text/lines.js';

const TOKEN_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]|[\p{L}\p{N}_]+/gu;

export function tokens(s: string): string[] {
  return (s.toLowerCase().match(TOKEN_RE) ?? []) as string[];
}

export function labelLines(lines: ReadonlyArray<Pick<DumpLine, 'text'>>, body: string): Uint8Array {
  const truthToks = tokens(body);
  const tri = new Set<string>();
  for (let i = 0; i + 2 < truthToks.length; i++) tri.add(truthToks[i] + ' ' + truthToks[i + 1] + ' ' + truthToks[i + 2]);
  const joined = ' ' + truthToks.join(' ') + ' ';
  const truthLines = new Set(body.split(/\n+/).map((l) => tokens(l).join(' ')).filter(Boolean));
  const y = new Uint8Array(lines.length);
  const shortCand: number[] = [];
  lines.forEach((l, i) => {
    const t = tokens(l.text);
    if (t.length >= 3) {
      let hit = 0;
      for (let k = 0; k + 2 < t.length; k++) if (tri.has(t[k] + ' ' + t[k + 1] + ' ' + t[k + 2])) hit++;
      y[i] = hit / (t.length - 2) >= 0.5 ? 1 : 0;
    } else if (t.length) {
      const s = t.join(' ');
      if (truthLines.has(s)) y[i] = 1;
      else if (joined.includes(' ' + s + ' ')) shortCand.push(i);
    }
  });
  // a short line found in the truth counts only next to article lines
  for (const i of shortCand) {
    let near = false;
    for (let k = Math.max(0, i - 2); k <= Math.min(lines.length - 1, i + 2); k++) if (k !== i && y[k] && tokens(lines[k]!.text).length >= 3) near = true;
    if (near) y[i] = 1;
  }
  return y;
}
