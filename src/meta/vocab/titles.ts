/**
 * Separators between an article title and the site name in <title> / og:title (`… | Le Monde`, `…_网易订阅`);
 * the last alternative is a dash glued between CJK text and a short CJK site name at the end (`…！-新华网`).
 */
export const TITLE_SEPARATORS = /\s+[|–—·•»«~\/\\-]{1,2}\s+|\s*[|｜_]\s*|\s+::\s+|\s*【|】\s*|\s+-\s*|\s*-\s+|(?<=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])[-–—](?=[\u4e00-\u9fff]{2,8}$)/;

/** Words typical of a site-name segment (`… - Latest News`, `…_网易订阅`). */
export const SITE_SEGMENT_WORDS = /(?:news|blog|magazine|online|times|post|daily|journal|tribune|herald|gazette|zeitung|nachrichten|actualités|noticias|notizie|订阅|新闻|网|ニュース|뉴스|новости|\.com|\.org|\.net|\.de|\.fr)/i;
