/**
 * Le Méridien (French news portal on a magazine WordPress theme): text dumps with the
 * menu / What's Hot header, share bars, the Le Monde-style paywall line and the "Articles Liés" list.
 */
import { defineRule } from '../define.js';

/** One line of social links or share buttons, with or without the leading `Partager`. */
const SHARE_BAR = /^(?:Partager\s+)?(?:(?:Facebook|Twitter|X \(Twitter\)|Instagram|YouTube|WhatsApp|Copy Link|Pinterest|LinkedIn|Tumblr|Email|Telegram|TikTok|Reddit|VKontakte)\s*)+$/;

export const LEMERIDIEN_RULES = [
  defineRule({
    name: 'lemeridien',
    match: {
      format: 'text',
      // The site name alone on a line, followed by the menu and the What's Hot strip.
      signature: { text: /^Le Méridien\s*\n[\s\S]{0,2000}?^What['’]s Hot\s*$/m, within: 16_384 },
    },
    text: {
      // The post's share bar (the one with "Copy Link") comes right after the title and byline.
      cutBefore: [/^(?:(?:Facebook|Twitter|WhatsApp)\s+)*Copy Link\b/],
      cutAfter: [/^Articles Liés$/i, /^Actualité à la Une$/i],
      paywall: [/^Il vous reste \d+(?:[.,]\d+)?\s*% de cet article à lire/i, /^La suite est réservée aux abonnés/i],
      dropLines: [SHARE_BAR, /^Home\s*»/],
    },
  }),
];
