/**
 * Words and phrases typical of portal chrome (share bars, log-in boxes, menus, related lists, footers)
 * in several languages. Matched as whole words, case-insensitively, on short lines.
 */
export const SOCIAL_WORDS: readonly string[] = [
  'facebook', 'twitter', 'x (twitter)', 'instagram', 'linkedin', 'pinterest', 'whatsapp', 'telegram', 'youtube',
  'tiktok', 'reddit', 'tumblr', 'flipboard', 'messenger', 'xing', 'vk', 'weibo', 'wechat',
  'bluesky', 'mastodon', 'rss', 'email', 'e-mail', 'copy link', 'print', '微博', '微信', 'qq空间',
];

export const CHROME_WORDS: readonly string[] = [
  // en
  'share', 'tweet', 'log in', 'login', 'sign in', 'sign up', 'register', 'subscribe', 'newsletter', 'menu',
  'close menu', 'search', 'home', 'cookies', 'cookie settings', 'privacy policy', 'privacy', 'terms', 'terms of use',
  'terms and conditions', 'contact', 'contact us', 'about us', 'related', 'related articles', 'related posts',
  'read more', 'read next', 'more stories', 'trending', "what's hot", 'most popular', 'most read', 'popular',
  'comments', 'leave a comment', 'leave a reply', 'reply', 'tags', 'tagged', 'categories', 'category', 'next',
  'previous', 'next post', 'previous post', 'advertisement', 'sponsored', 'skip to content', 'skip to main content',
  'back to top', 'follow us', 'load more', 'view all', 'see all', 'show more', 'cart', 'my account', 'accessibility',
  'editor\'s picks', 'you may also like', 'recommended', 'sitemap', 'faq', 'help', 'donate', 'download the app',
  // fr
  'partager', 'se connecter', 'connexion', "s'inscrire", 'inscription', 'abonnez-vous', 'accueil', 'mentions légales',
  'articles liés', 'lire aussi', 'à lire aussi', 'lire la suite', 'publicité', 'commentaires', 'rechercher',
  'politique de confidentialité', 'actualité à la une', "choix de l'éditeur", 'les plus lus', 'suivez-nous', 'contacter',
  'termes et conditions', 'fermer',
  // de
  'teilen', 'anmelden', 'abmelden', 'registrieren', 'startseite', 'impressum', 'datenschutz', 'datenschutzerklärung',
  'mehr zum thema', 'weitere artikel', 'werbung', 'anzeige', 'kommentare', 'suche', 'kontakt', 'meistgelesen',
  'das könnte sie auch interessieren', 'zurück', 'weiter', 'nach oben',
  // es
  'compartir', 'iniciar sesión', 'registrarse', 'inicio', 'aviso legal', 'privacidad', 'relacionados',
  'noticias relacionadas', 'publicidad', 'comentarios', 'buscar', 'contacto', 'lo más leído', 'síguenos', 'suscríbete',
  // it
  'condividi', 'accedi', 'registrati', 'articoli correlati', 'pubblicità', 'commenti', 'cerca', 'contatti',
  'i più letti', 'seguici', 'abbonati',
  // pt
  'compartilhar', 'partilhar', 'entrar', 'cadastre-se', 'relacionadas', 'notícias relacionadas', 'publicidade',
  'comentários', 'pesquisar', 'contato', 'contacto', 'mais lidas', 'siga-nos', 'assine',
  // zh
  '分享', '分享至', '登录', '注册', '首页', '相关推荐', '热点推荐', '热门推荐', '热门', '推荐阅读', '相关阅读', '相关文章',
  '关注', '评论', '点赞', '收藏', '举报', '返回顶部', '上一篇', '下一篇', '责任编辑', '广告', '往期回顾', '全部',
  '无障碍浏览', '进入关怀版', '申请入驻', '正文', '网站地图', '联系我们', '关于我们', '扫码', '下载客户端', '打开app',
  // ja
  'シェア', 'ログイン', '会員登録', 'ホーム', '関連記事', '人気記事', 'おすすめ', 'コメント', '広告', 'トップへ戻る',
  '次の記事', '前の記事', 'ランキング', 'お問い合わせ',
];

/**
 * Headings of lists of other pages (related, recommended, popular, latest, polls) in more languages: a section
 * under one of these is chrome. Used by the HTML block features (the text-dump model reads CHROME_WORDS only).
 */
export const RELATED_HEADINGS: readonly string[] = [
  // en
  'you might also like', 'you may like', 'you might like', 'you may also be interested in', 'more from', 'more like this',
  'more stories like this one', 'related content', 'related stories', 'related news', 'related reading', 'popular posts',
  'recent posts', 'latest posts', 'latest news', 'latest articles', 'top stories', 'further reading', 'also read',
  'polls', 'poll', 'newsletter signup', 'sponsored content', 'around the web', 'from our partners', 'more news',
  'in case you missed it', 'trending now', 'most viewed', 'recommended for you', 'read also', 'see also', 'keep reading',
  // fr
  'vous aimerez aussi', 'vous aimerez aussi :', 'à découvrir aussi', 'à découvrir', 'sur le même sujet', 'les plus populaires',
  'derniers articles', 'dernières actualités', 'à voir aussi', 'nos articles', 'voir aussi',
  // de
  'auch interessant', 'das könnte dich auch interessieren', 'empfehlungen', 'mehr aus', 'mehr artikel', 'neueste artikel',
  'beliebte artikel', 'ähnliche artikel', 'lesen sie auch', 'auch lesenswert',
  // es
  'te puede interesar', 'también te puede interesar', 'más noticias', 'te recomendamos', 'últimas noticias', 'lo más visto',
  'artículos relacionados', 'quizás te interese', 'lee también', 'más leídas',
  // it
  'potrebbe interessarti', 'ti potrebbe interessare', 'leggi anche', 'altre notizie', 'ultime notizie', 'più letti', 'articoli recenti',
  // pt
  'você pode gostar', 'você também pode gostar', 'veja também', 'leia também', 'leia mais', 'últimas notícias', 'mais vistos',
  'posts relacionados', 'artigos relacionados', 'mais populares',
  // nl
  'lees ook', 'meer nieuws', 'gerelateerde artikelen', 'meest gelezen', 'populair', 'laatste nieuws',
  // ru / uk
  'читайте также', 'похожие статьи', 'популярное', 'комментарии', 'последние новости', 'читайте також', 'новини',
  // pl / tr
  'czytaj także', 'zobacz także', 'najnowsze', 'ilgili haberler', 'çok okunanlar', 'son haberler',
  // zh / ja / ko
  '猜你喜欢', '延伸阅读', '相关新闻', '热门文章', '最新文章', '相關新聞', '延伸閱讀', 'あわせて読みたい', 'こちらもおすすめ', '新着記事',
  '관련기사', '많이 본 뉴스', '댓글', '추천 기사', '인기 기사',
];

/**
 * Headings that always open a list of other pages or of readers' comments, never the page's own text: the
 * related-section rule drops what follows them (unlike CHROME_WORDS, no `contact`, `faq` or `help`, which head
 * real sections of service pages).
 */
export const RELATED_SECTION_HEADINGS: readonly string[] = [
  ...RELATED_HEADINGS.filter((w) => !['poll', 'polls', 'newsletter signup', 'see also', 'voir aussi', 'further reading', 'populair', 'новини', 'комментарии', '댓글'].includes(w)),
  'related', 'related articles', 'related posts', 'read next', 'more stories', 'trending', "what's hot", 'most popular', 'most read',
  "editor's picks", 'you may also like', 'recommended', 'articles liés', 'lire aussi', 'à lire aussi', 'actualité à la une', "choix de l'éditeur",
  'les plus lus', 'mehr zum thema', 'weitere artikel', 'meistgelesen', 'das könnte sie auch interessieren', 'noticias relacionadas',
  'lo más leído', 'articoli correlati', 'i più letti', 'notícias relacionadas', 'mais lidas', '相关推荐', '热点推荐', '热门推荐',
  '推荐阅读', '相关阅读', '相关文章', '関連記事', '人気記事',
  'more on this story', 'read this next', 'what to read next', 'recommended reading', "editors' picks", "don't miss",
];

/**
 * Heading shapes of recommendation blocks on shops and portals that the exact list above cannot enumerate
 * ("Customers who viewed this item also viewed", "Frequently bought together", "Similar items", "Ähnliche Produkte",
 * "看了又看"), tested on a heading's lowercased text with straight apostrophes: a section under one is other products
 * or pages, never this one.
 */
export const RELATED_SECTION_PATTERNS: readonly RegExp[] = [
  // en
  /\b(?:customers|people|shoppers|buyers|readers|others)\b.{0,40}\balso\b/u,
  /\balso (?:bought|viewed|purchased|liked|loved|read|searched|like|love)\b/u,
  /\bfrequently (?:bought|purchased) (?:together|with)\b/u,
  /\b(?:customers|people|shoppers) who (?:viewed|bought|purchased) this (?:item|product)\b.{0,20}\b(?:viewed|bought|purchased)\b/u,
  /^(?:the )?seller'?s other (?:items|products|listings)\b/u,
  /^(?:similar|related|recommended|sponsored|featured|recently viewed|trending|popular|more) (?:items|products|searches|listings|articles|posts|stories|videos|for you)\b/u,
  /\byou (?:may|might|will|could) also\b/u,
  /^(?:explore|shop|see|browse) (?:related|similar|more)\b/u,
  /^complete the look\b/u,
  /^(?:more|other) (?:items|products|listings|books) (?:from|by|like)\b/u,
  /^(?:compare with similar|top picks for you|inspired by your)\b/u,
  // a portal's section teasers under an article ("More in Minnesota Wild", "More in Amsterdam")
  /^more in (?!(?:depth|detail|common)\b)\S/u,
  // a portal's story lists named by section ("More Blog Stories", "Other recent stories", "Latest research stories")
  /^(?:more|other|latest) (?:[\p{L}'-]+ ){1,2}stories$/u,
  // de
  /\bkunden\b.{0,40}\bauch\b/u, /^(?:ähnliche|passende|empfohlene|zuletzt angesehene) (?:artikel|produkte)\b/u, /^zuletzt angesehen\b/u,
  // fr
  /\bclients\b.{0,40}\s(?:aussi|également)(?:\s|$)/u, /^produits (?:similaires|associés|recommandés|consultés)\b/u, /^(?:récemment consultés|vous pourriez aussi aimer)\b/u,
  // es / pt / it
  /\bclientes\b.{0,40}\btambién\b/u, /^productos (?:similares|relacionados|recomendados)\b/u, /^(?:vistos recientemente|también te puede gustar)\b/u,
  /\bclientes\b.{0,40}\btambém\b/u, /^produtos (?:semelhantes|relacionados|similares|recomendados)\b/u, /^(?:vistos recentemente|quem viu também viu)\b/u,
  /^prodotti (?:simili|correlati|consigliati)\b/u, /^(?:visti di recente|chi ha (?:acquistato|visto) questo)\b/u,
  // nl
  /^(?:vergelijkbare|gerelateerde) (?:producten|artikelen)\b/u, /\bklanten\b.{0,40}\book\b/u, /^recent bekeken\b/u,
  // zh / ja / ko
  /看了又看|买了又买|相关商品|相似商品|为你推荐|为您推荐|浏览记录/u,
  /この商品を(?:買った|見た|チェックした)人|関連商品|おすすめ商品|最近チェックした/u,
  /함께 본 상품|추천 상품|관련 상품|최근 본 상품/u,
];
