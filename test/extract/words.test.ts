// The extractors' word count: CJK characters one by one, other scripts by runs of letters and digits.
import { describe, it, expect } from 'vitest';
import { countWords, wordTokens } from '../../src/extract/words.js';

describe('countWords', () => {
  it('counts as wordTokens does, CJK characters one by one', () => {
    for (const t of ['The ferry stopped at noon, 2 hours late.', '渡轮中午停运了', 'Ein Fähr-Streik: 3 Tage', '東京の天気 is fine', '']) {
      expect(countWords(t)).toBe(wordTokens(t).length);
    }
    expect(countWords('渡轮中午停运')).toBe(6);
  });

  it('stops at the limit', () => {
    expect(countWords('one two three four five six', 3)).toBe(3);
    expect(countWords('one two', 3)).toBe(2);
  });
});
