// Built-in generic-paywall-notices rule: paywall stubs and platform notices in several languages, on any text dump.
import { describe, it, expect } from 'vitest';
import { clean } from '../../../src/index.js';
import { GENERIC_RULES } from '../../../src/rules/sites/generic.js';
import { applyTextRules } from '../../../src/rules/text.js';
import { seed } from '../helpers.js';

const actions = GENERIC_RULES[0]!.text!;
const run = (lines: string[]) => applyTextRules(lines, [{ name: 'generic-paywall-notices', actions }]);

const PROSE = 'The council met on Tuesday to discuss the new budget, which includes more money for schools and roads.';

describe('generic-paywall-notices', () => {
  it.each([
    ['fr', 'Il vous reste 62% de cet article à lire.'],
    ['fr', 'La suite est réservée aux abonnés.'],
    ['en', 'Subscribe to continue reading.'],
    ['en', 'This article is only available to subscribers.'],
    ['de', 'Dieser Artikel ist nur für Abonnenten verfügbar.'],
    ['es', 'Suscríbete para seguir leyendo'],
    ['it', "Questo articolo è riservato agli abbonati"],
    ['pt', 'Este conteúdo é exclusivo para assinantes'],
    ['zh', '订阅后即可阅读全文'],
    ['ja', 'この記事は会員限定です'],
  ])('reports a %s paywall stub and removes it: %s', (_lang, stub) => {
    const o = run([PROSE, stub]);
    expect(o.cut).toEqual([null, 'paywall']);
    expect(o.paywall).toEqual({ detected: true, text: stub });
  });

  it.each([
    ['zh', '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布,本平台仅提供信息存储服务。'],
    ['en', 'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of SomeHao, which only provides information storage services.'],
  ])('drops a %s platform notice without calling it a paywall', (_lang, notice) => {
    const o = run([PROSE, notice]);
    expect(o.cut).toEqual([null, 'drop']);
    expect(o.paywall.detected).toBe(false);
  });

  it('leaves prose alone, even a long paragraph that talks about subscribers', () => {
    const long = 'Newspapers have tried many models. ' + 'Some say this article is only available to subscribers, others give everything away. '.repeat(8);
    const o = run([PROSE, long, 'Readers who subscribe to continue reading the paper after a free trial are a minority, the study found, and their number has kept falling every year since 2015 in every region surveyed.']);
    expect(o.cut[0]).toBeNull();
    expect(o.cut[1]).toBeNull(); // a long paragraph: prose, not a stub
    expect(o.cut[2]).toBeNull(); // the phrase is followed by a long clause: prose
    expect(o.applied).toEqual([]);
  });

  it('does nothing on the seeds without stubs or notices', () => {
    for (const id of ['000_fbbaa9462fdc2955', '001_ea6610cc7273a202', '002_fa1f29ab0d046a2e']) {
      const lines = seed(id).text.split('\n');
      expect(run(lines).applied).toEqual([]);
    }
  });

  // [depends on the text extractor applying rule actions]
  it('through clean(): the stub is out of the body and in result.paywall; the rule is listed', () => {
    const dump = [PROSE, 'Officials said the plan would be voted on next month after a public consultation.', 'Abonnez-vous pour lire la suite de cet article'].join('\n');
    const r = clean(dump, { format: 'text' });
    expect(r.paywall.detected).toBe(true);
    expect(r.body).not.toContain('Abonnez-vous');
    expect(r.rules).toContain('generic-paywall-notices');
  });

  it('applies to text dumps only', () => {
    expect(GENERIC_RULES[0]!.match).toEqual({ format: 'text' });
  });
});
