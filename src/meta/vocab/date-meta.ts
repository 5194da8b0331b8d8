/** Names of <meta> tags (name/property/itemprop/http-equiv, lowercase) that carry a page's publication or modification date. */

/** Publication-date meta names, most trusted first (rank = index). */
export const PUBLISHED_META: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time',
  'datepublished', 'article.published', 'article_date_original', 'article.created', 'datecreated',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'citation_publication_date', 'citation_date', 'citation_online_date', 'prism.publicationdate',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'published-date', 'release_date',
  'original-publish-date', 'originalpublicationdate', 'date_published', 'article:post_date', 'post_date',
  'bt:pubdate', 'cxenseparse:recs:publishtime', 'ga_date', 'displaydate', 'dc.date', 'dcterms.date', 'date', 'created',
  'rnews:datepublished', 'og:pubdate', 'timestamp', 'vr:published_time', 'nv:date', 'lastpublisheddate',
];

/** Modification-date meta names: used only when no publication date exists. */
export const MODIFIED_META: readonly string[] = [
  'article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'dc.date.modified', 'dcterms.modified',
  'modified', 'last-modified', 'lastmod', 'updated_time', 'article.updated', 'revised', 'dateupdated',
];

/** JSON-LD keys: publication first, then creation, then modification. */
export const JSONLD_PUBLISHED_KEYS = ['datePublished', 'dateCreated', 'uploadDate', 'startDate'] as const;
export const JSONLD_MODIFIED_KEYS = ['dateModified'] as const;

/** JSON-LD @type values that describe the page's main content (a date on an Organization or a Comment is not the article's). */
export const JSONLD_CONTENT_TYPES = /article|posting|report|blog|news|webpage|creativework|video|recipe|review|event|podcast|medicalwebpage|qapage|faqpage|liveblog|scholarly|book|product/i;
export const JSONLD_SKIP_TYPES = /^(comment|answer|question|organization|person|website|imageobject|breadcrumblist|sitenavigationelement|listitem|offer|rating|aggregaterating)$/i;

/** class / id tokens of elements that usually hold the article's date (htmldate's "date expressions"). */
export const DATE_CLASS_HINT = /(?:^|[-_\s])(?:date|dates|datum|time|timestamp|published|publish|pubdate|posted|postdate|post-date|dateline|byline|entry-meta|post-meta|article-meta|meta-date|article-info|fecha|fecha-publicacion|data|datetime|submitted|updated|zeit|info)(?:$|[-_\s])|date|datum|fecha|publish|posted|byline|dateline/i;

/** class / id tokens of chrome containers whose dates never count (comments, sidebars, teasers, footers). */
export const CHROME_CLASS_HINT = /comment|sidebar|side-bar|(?<!elementor-)widget(?!-container|-wrap)|related|trending|popular|recommend|teaser|promo(?!ted)|newsletter|footer|breadcrumb|menu|navbar|\bnav\b|navigation|most-read|mostread|latest|archive|calendar|tagcloud|\bad\b|ads-|advert|sponsor|reply|replies|disqus|share|social|rail|more-stories|read-more|also-read|next-post|prev-post|pagination/i;

/** The part of CHROME_CLASS_HINT that is always chrome, even right under the title: comments, lists of other stories, navigation. */
export const HARD_CHROME_CLASS = /comment|reply|replies|disqus|related|trending|popular|recommend|most-read|mostread|latest|archive|calendar|menu|navbar|\bnav\b|navigation|breadcrumb|more-stories|read-more|also-read|next-post|prev-post|pagination/i;

/** Words that label a date as a modification date (`Updated: March 3`), in several languages. */
const UPDATED_WORDS = 'updated|last\\s+updated|last\\s+update|modified|edited|revised|reviewed|aktualisiert|geändert|zuletzt|mis\\s+à\\s+jour|mise\\s+à\\s+jour|actualizado|actualización|aggiornato|aggiornamento|atualizado|atualização|bijgewerkt|gewijzigd|обновлено|обновлен|изменено|更新|更新日|수정|업데이트|uppdaterad|opdateret|päivitetty|zaktualizowano|aktualizováno|güncellendi|güncelleme';

/** Words that label a date as the publication date (`Published: March 3`). */
const PUBLISHED_WORDS = 'published|publish\\s+date|posted|first\\s+published|veröffentlicht|erschienen|publié|publié\\s+le|publicado|pubblicato|gepubliceerd|опубликовано|发布|發布|发表|公開|작성|입력|publicerad|julkaistu|opublikowano|yayınlandı';

/** What may sit between a label and its date (`Updated on`, `Veröffentlicht am:`). */
const LABEL_TAIL = '\\s*(?:on|am|le|el|il|em|op|at)?\\s*[:：]?\\s*';

/** A modification-date label at the end of the text before a date. */
export const UPDATED_LABEL = new RegExp(`(?:${UPDATED_WORDS})${LABEL_TAIL}$`, 'i');

/** A publication-date label at the end of the text before a date. */
export const PUBLISHED_LABEL = new RegExp(`(?:${PUBLISHED_WORDS})${LABEL_TAIL}$`, 'i');

/** The last date label in a short text (an element's own text before its first digit): group 1 updated, group 2 published. */
export const LAST_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:(${UPDATED_WORDS})|(${PUBLISHED_WORDS}))(?!.*(?:${UPDATED_WORDS}|${PUBLISHED_WORDS}))`, 'iu');

/** A copyright notice: its dates are never the publication date. */
export const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados/i;
