// The shared paywall / platform-notice vocabulary: one stub per language is found, ordinary prose is not.
import { describe, it, expect } from 'vitest';
import { findPaywall, isPaywallStub } from '../../../src/extract/paywall.js';
import { PAYWALL_PHRASES } from '../../../src/extract/vocab/paywall.js';

const STUBS: Array<[string, string]> = [
  ['fr', 'Il vous reste 55.71% de cet article à lire. La suite est réservée aux abonnés.'],
  ['fr', 'Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.'],
  ['en', 'Subscribe to continue reading.'],
  ['en', 'This article is only available to subscribers.'],
  ['en', "You've reached your monthly free article limit."],
  ['de', 'Weiterlesen mit SZ Plus'],
  ['de', 'Dieser Artikel ist nur für Abonnenten verfügbar.'],
  ['es', 'Este contenido es exclusivo para suscriptores.'],
  ['es', 'Suscríbete para seguir leyendo'],
  ['it', "Questo articolo è riservato agli abbonati."],
  ['it', 'Abbonati per continuare a leggere'],
  ['pt', 'Este conteúdo é exclusivo para assinantes.'],
  ['pt', 'Assine para continuar lendo'],
  ['zh', '订阅后即可阅读全文'],
  ['zh', '剩余 80% 未读'],
  ['ja', 'この記事は有料会員限定です。'],
  ['ja', '続きを読むには会員登録が必要です'],
];

const NOTICES = [
  '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。',
  'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao.',
];

const PROSE = [
  'The newspaper said it had gained 10,000 new subscribers last year, a record for the group.',
  'Les abonnés du réseau ont signalé une panne jeudi matin.',
  'Die Zahl der Abonnenten ist im vergangenen Jahr gestiegen.',
  '维基百科宣布与多家大型科技公司建立合作关系。',
  'La suscripción anual cuesta 50 euros, según la empresa.',
];

describe('paywall vocabulary', () => {
  it('covers fr en de es it pt zh ja', () => {
    const langs = new Set(PAYWALL_PHRASES.filter((p) => p.kind === 'paywall').map((p) => p.lang));
    for (const l of ['fr', 'en', 'de', 'es', 'it', 'pt', 'zh', 'ja']) expect(langs.has(l)).toBe(true);
  });
  for (const [lang, text] of STUBS) {
    it(`finds the ${lang} stub "${text.slice(0, 40)}"`, () => {
      expect(findPaywall(text)).toEqual({ kind: 'paywall', lang });
      expect(isPaywallStub(text)).toBe(true);
    });
  }
  it('platform notices are notices, not paywalls', () => {
    for (const n of NOTICES) {
      expect(findPaywall(n)?.kind).toBe('notice');
      expect(isPaywallStub(n)).toBe(false);
    }
  });
  it('ordinary prose about subscriptions is not a stub', () => {
    for (const p of PROSE) expect(findPaywall(p)).toBeNull();
  });
});
