/**
 * Newsletter pitches: the words that name a newsletter, an inbox or a messenger channel, the imperatives a pitch
 * opens each sentence with ("Subscribe to …", "Sign up for …", "Get … in your inbox", "Melden Sie sich …",
 * "Inscrivez-vous …"), and the bare labels of a sign-up box ("Newsletter", "Newsletter abonnieren"). Lowercase;
 * compiled in `../html/newsletter-pitches.ts`.
 */
export const NEWSLETTER_WORDS: readonly string[] = [
  // an inbox only as the place the pitch delivers to ("… right in your inbox"): "Get your inbox organised" is a how-to
  'newsletter', 'newsletters', 'e-newsletter', 'in your inbox', 'to your inbox', 'into your inbox', 'mailing list',
  'email updates', 'e-mail updates', 'email alerts',
  'boletín', 'infolettre', "lettre d'information", 'nieuwsbrief',
  // the same pitch for a messenger channel ("Join the Daily Record WhatsApp community!")
  'whatsapp community', 'whatsapp channel', 'whatsapp group', 'telegram channel', 'whatsapp-kanal', 'telegram-kanal',
];

export const PITCH_OPENERS: readonly string[] = [
  // en
  'subscribe', 'sign up', 'signup', 'get', 'join', 'register', 'stay up to date', 'stay informed', 'stay in the loop',
  "don't miss", 'never miss', 'receive', 'enter your email', 'want',
  // de
  'abonnieren sie', 'abonniere', 'abonnier', 'melden sie sich', 'melde dich', 'jetzt', 'bleiben sie', 'bleib', 'erhalten sie',
  // fr / es / pt / it / nl
  'inscrivez-vous', 'abonnez-vous', 'recevez', 'inscris-toi', 'abonne-toi', 'suscríbete', 'suscríbase', 'recibe',
  'regístrate', 'assine', 'inscreva-se', 'receba', 'cadastre-se', 'iscriviti', 'ricevi', 'abonneer', 'schrijf je in',
];

/** A sign-up box's label on a line of its own. */
export const NEWSLETTER_LABELS: readonly string[] = [
  'newsletter', 'newsletters', 'newsletter signup', 'newsletter sign-up', 'newsletter abonnieren', 'newsletter-anmeldung',
  'newsletter anmeldung', 'zum newsletter', 'inscription à la newsletter', 'nieuwsbrief',
];
