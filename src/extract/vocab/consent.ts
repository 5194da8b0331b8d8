/**
 * Cookie-consent dialogs as they read once a page became text: the banner's prose ("We and our partners store
 * and/or access information on a device …", "Nous utilisons des cookies …"), the purposes of the IAB consent
 * framework, and the dialog's buttons and toggles ("Accept All", "Tout refuser", "[ ] Targeting Cookies Off").
 * Compiled for unchrome (en fr de es it pt nl zh ja); used by `extract/text/consent.ts`.
 */

/**
 * Substrings (any case) that every consent-prose pattern below needs: the cheap test that lets most lines skip the
 * patterns. Plain letters only.
 */
export const CONSENT_KEYS: readonly string[] = ['cookie', 'クッキー', '쿠키', 'legitim', 'legítim', 'légitim', 'legittim', 'berechtigt',
  'device', 'dispositivo', 'appareil', 'gerät', 'personali', 'geoloc', 'consent', 'vendors'];

/** The word "cookie" and its spellings; a line needs one (or a framework phrase) to be consent prose. */
export const COOKIE_WORD = /\bcook(?:ie|ies)(?![\p{L}\p{N}_])|クッキー|쿠키/iu;

/** Words that put a cookie in a consent banner rather than in a recipe: consent, settings, partners, tracking … */
export const CONSENT_CONTEXT =
  /(?<![\p{L}\p{N}_])(?:consent|accept|agree|preferences?|settings|partners?|advertis[\p{L}\p{N}]*|analytics?|brows[\p{L}\p{N}]+|device|track[\p{L}\p{N}]*|third[- ]part[\p{L}\p{N}]+|necessary|marketing|opt[- ]out|privacy|personali[sz][\p{L}\p{N}]*|consentement|accepte[\p{L}\p{N}]*|paramètres|préférences|partenaires|publicit[\p{L}\p{N}]*|navigation|traceurs|einwilligung|zustimm[\p{L}\p{N}]*|akzeptier[\p{L}\p{N}]*|einstellungen|werbung|analyse|surfverhalten|gerät|notwendig[\p{L}\p{N}]*|consentimiento|aceptar|configuración|preferencias|socios|publicidad|navegación|dispositivo|consenso|accett[\p{L}\p{N}]+|impostazioni|preferenze|pubblicità|navigazione|consentimento|aceitar|configurações|preferências|parceiros|publicidade|navegação|toestemming|accepteren|instellingen|voorkeuren)(?![\p{L}\p{N}_])|同意|接受|设置|偏好|广告|隐私|設定|広告|プライバシー/iu;

/** Phrases of the IAB consent framework's dialogs (its purposes and notices), consent prose without "cookie". */
export const FRAMEWORK_PHRASES =
  /(?<![\p{L}\p{N}_])(?:store and\/or access information on a device|legitimate interests?|personali[sz]ed (?:ads|advertising)(?: and content)?|precise geolocation data|actively scan device characteristics|transparency and consent framework|iab vendors|list of partners \(vendors\)|stocker et\/ou accéder à des informations sur un appareil|intérêt légitime|informationen auf einem gerät speichern und\/oder abrufen|berechtigtes interesse|almacenar (?:o|y\/o) acceder a información en un dispositivo|interés legítimo|archiviare e\/o accedere a informazioni su un dispositivo|interesse legittimo|armazenar e\/ou aceder a informações num dispositivo|interesse legítimo)(?![\p{L}\p{N}_])/iu;

/**
 * A dialog's buttons and toggles, as a whole short line ("Accept All Reject All", "Always Active", "Tout accepter").
 * Tested on a line of at most a few words.
 */
export const CONSENT_CONTROLS =
  /^(?:(?:accept|reject|allow|deny|decline|refuse)(?: all)?(?: cookies)?|(?:accept|reject|allow) (?:all|selection|necessary)\b.*|only necessary|necessary only|confirm my choices|save (?:preferences|settings|my choices|and exit)|manage (?:preferences|options|consent preferences|cookies(?: settings)?|cookie (?:&|and) tracking settings)|cookies? settings|customi[sz]e(?: settings)?|i agree|i accept|always (?:active|on)|show purposes|vendor list|privacy preference center|tout accepter|tout refuser|accepter(?: et fermer)?|refuser|continuer sans accepter|personnaliser|paramétrer les cookies|alle akzeptieren|alle ablehnen|akzeptieren|ablehnen|zustimmen|einstellungen speichern|aceptar(?: todo| todas)?|rechazar(?: todo| todas)?|configurar cookies|accetta(?: tutto| tutti)?|rifiuta(?: tutto| tutti)?|aceitar(?: tudo| todos)?|rejeitar(?: tudo| todos)?|recusar|alles accepteren|alles weigeren|接受全部|全部接受|拒绝全部|すべて同意|同意する|拒否する)[\s*]*$/iu;

/** A toggle as a text browser prints a checkbox: `[ ] Targeting Cookies Off`, `[X] Analytics`. */
export const CONSENT_TOGGLE = /^\[[ xX*]?\]\s+\S.*\b(?:on|off)$/iu;
