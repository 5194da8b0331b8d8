/** The shipped block model was trained on the features the code computes today (else: retrain it). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { featureFingerprint } from '../../../src/extract/html/fingerprint.js';
import shipped from '../../../src/extract/html/model.json' with { type: 'json' };

const meta = (shipped as unknown as { meta?: { fingerprint?: Array<{ file: string; url: string; blocks: number; sums: number[] }> } }).meta;

describe('shipped HTML block model', () => {
  it('records a fingerprint of its training features', () => {
    expect(meta?.fingerprint?.length).toBeGreaterThan(0);
  });

  for (const fp of meta?.fingerprint ?? []) {
    it(`reads the same blocks and features on ${fp.file} as when it was trained (else run scripts/html-model/train.ts)`, () => {
      const now = featureFingerprint(readFileSync(new URL(`../../../${fp.file}`, import.meta.url), 'utf8'), fp.url);
      expect(now.blocks).toBe(fp.blocks);
      expect(now.sums.length).toBe(fp.sums.length);
      now.sums.forEach((v, i) => expect(Math.abs(v - fp.sums[i]!), `feature column ${i}`).toBeLessThanOrEqual(1e-3 * Math.max(1, Math.abs(fp.sums[i]!))));
    });
  }
});
