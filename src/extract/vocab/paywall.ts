/**
 * Paywall / subscribe-to-continue / platform-notice phrases, per language (fr en de es it pt zh ja …).
 * Patterns are tested against one line (or one block) of text, case-insensitively; keep them specific
 * enough that ordinary article prose does not match.
 */

/** `paywall`: the rest of the article is for subscribers (sets `paywall.detected`); `notice`: a platform disclaimer. */
export type PaywallKind = 'paywall' | 'notice';

export interface PaywallPhrase {
  lang: string;
  kind: PaywallKind;
  pattern: RegExp;
}

const P = (lang: string, kind: PaywallKind, pattern: RegExp): PaywallPhrase => ({ lang, kind, pattern });

export const PAYWALL_PHRASES: readonly PaywallPhrase[] = [
  // French
  P('fr', 'paywall', /il vous reste \d+(?:[.,]\d+)?\s*% de cet article à lire/i),
  P('fr', 'paywall', /la suite (?:de cet article )?est réservée aux (?:abonnés|adhérents|membres)/i),
  P('fr', 'paywall', /(?:cet |l['’])article (?:est )?réservé aux abonnés/i),
  P('fr', 'paywall', /abonnez-vous (?:pour|afin de) (?:lire|continuer|découvrir) la suite/i),
  P('fr', 'paywall', /pour (?:lire|continuer à lire) la suite(?: de cet article)?,? (?:abonnez|inscrivez|connectez)/i),
  P('fr', 'paywall', /^(?:contenu|article) (?:réservé aux abonnés|abonné)\b/i),
  P('fr', 'notice', /^avertissement\s*:\s*(?:le contenu|les propos|cet article)/i),
  // English
  P('en', 'paywall', /subscribe (?:now )?(?:to|and) (?:continue|keep) reading/i),
  P('en', 'paywall', /(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:available |reserved )?(?:for|to) (?:paid |premium )?(?:subscribers|members)(?: only)?/i),
  P('en', 'paywall', /(?:to continue reading|to read the full (?:article|story)|to read more)[,:]? (?:please )?(?:subscribe|sign in|log in|register|become a (?:member|subscriber))/i),
  P('en', 'paywall', /you(?:'ve| have) (?:reached|used) (?:your|all of your) (?:monthly |free )?(?:article|story|free article)s?(?: limit)?/i),
  P('en', 'paywall', /you have \d+ free (?:articles?|stories) (?:left|remaining)/i),
  P('en', 'paywall', /^(?:subscribers?|members?|premium) only\b|^exclusive to subscribers\b/i),
  P('en', 'paywall', /create a free account to (?:continue|keep) reading/i),
  P('en', 'notice', /^notice\s*:\s*the content above .*(?:uploaded|posted) by a user/i),
  P('en', 'notice', /^disclaimer\s*:\s*the (?:views|opinions|content)/i),
  // German
  P('de', 'paywall', /(?:jetzt |hier )?(?:weiterlesen|lesen sie (?:jetzt )?weiter) mit (?:\S+ )?(?:plus|abo|premium|digital)/i),
  P('de', 'paywall', /(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnent\*innen|plus-kunden|mitglieder)/i),
  P('de', 'paywall', /(?:jetzt )?abonnieren (?:und|um) (?:weiterlesen|weiter ?zu ?lesen)/i),
  P('de', 'paywall', /um (?:diesen|den) (?:artikel|beitrag) (?:vollständig |weiter )?(?:zu )?lesen, (?:benötigen|brauchen|müssen) sie/i),
  P('de', 'paywall', /^exklusiv für (?:abonnenten|abonnentinnen|plus)/i),
  // Spanish
  P('es', 'paywall', /(?:este|el) (?:contenido|artículo) es (?:exclusivo )?(?:solo )?para (?:suscriptores|socios|abonados)/i),
  P('es', 'paywall', /suscríbete (?:para|y) (?:seguir|continuar) leyendo/i),
  P('es', 'paywall', /para (?:seguir|continuar) leyendo,? (?:suscríbete|regístrate|inicia sesión|hazte)/i),
  P('es', 'paywall', /te quedan? \d+ artículos? gratuitos?/i),
  P('es', 'paywall', /^contenido (?:exclusivo|reservado) para (?:suscriptores|socios|abonados)/i),
  // Italian
  P('it', 'paywall', /(?:questo|l['’]) ?articolo è riservato agli (?:abbonati|iscritti)/i),
  P('it', 'paywall', /abbonati per (?:continuare a leggere|leggere (?:tutto )?l['’]articolo)/i),
  P('it', 'paywall', /per continuare a leggere,? (?:abbonati|registrati|accedi)/i),
  P('it', 'paywall', /^contenuto riservato agli (?:abbonati|iscritti)/i),
  // Portuguese
  P('pt', 'paywall', /(?:este|o) (?:conteúdo|artigo|texto) é exclusivo para (?:assinantes|subscritores)/i),
  P('pt', 'paywall', /assine (?:para|e) continu(?:ar|e) (?:lendo|a ler)/i),
  P('pt', 'paywall', /para continuar (?:lendo|a ler),? (?:assine|faça login|registe-se|cadastre-se)/i),
  P('pt', 'paywall', /^conteúdo exclusivo para (?:assinantes|subscritores)/i),
  // Chinese
  P('zh', 'paywall', /(?:订阅|付费|开通会员|成为会员|登录)后(?:即可|才能|可)?(?:阅读|查看|解锁)(?:全文|完整内容|剩余内容|更多)/),
  P('zh', 'paywall', /剩余\s*\d+(?:\.\d+)?\s*%\s*(?:未读|内容)/),
  P('zh', 'paywall', /本文(?:为|系)(?:付费|会员专享|订阅用户专享)(?:内容|文章)/),
  P('zh', 'paywall', /(?:付费|订阅)(?:用户|会员)专享/),
  P('zh', 'notice', /^(?:特别声明|免责声明)\s*[:：]\s*(?:以上|本文|文章)/),
  P('zh', 'notice', /(?:仅提供信息存储服务|不代表本(?:平台|站|网)(?:的)?(?:观点|立场))/),
  // Japanese
  P('ja', 'paywall', /この記事は(?:有料)?会員限定(?:です|記事)/),
  P('ja', 'paywall', /(?:この記事の)?続きを読むには(?:、)?(?:有料)?(?:会員登録|ログイン|購読|お申し込み)/),
  P('ja', 'paywall', /残り\s*\d+\s*文字(?:\s*[（(]全文\s*\d+\s*文字[)）])?/),
  P('ja', 'paywall', /有料会員(?:になる|に登録する)と(?:続き|全文)/),
];
