/** Separators between an article title and the site name in <title> / og:title (`… | Le Monde`, `…_网易订阅`). */
export const TITLE_SEPARATORS = /\s+[|–—·•»«~\/\\-]{1,2}\s+|\s*[|｜_]\s*|\s+::\s+|\s*【|】\s*|\s+-\s*|\s*-\s+/;

/** Words typical of a site-name segment (`… - Latest News`, `…_网易订阅`). */
export const SITE_SEGMENT_WORDS = /(?:news|blog|magazine|online|times|post|daily|journal|tribune|herald|gazette|zeitung|nachrichten|actualités|noticias|notizie|订阅|新闻|网|ニュース|뉴스|новости|\.com|\.org|\.net|\.de|\.fr)/i;
