/**
 * Labels of controls that do something on the page (expand, load, add to a cart, compare, go back, skip to the
 * content) rather than say something: a block made only of one to three of them is no reader's text. Share buttons'
 * labels are among them (`Share this article`, `Seite teilen`): no benchmark truth keeps one as a line of its own.
 * So are an embed's fallback link ("View this post on Instagram"), a picture's "Click to enlarge" and caption toggle
 * ("Caption", "hide caption"), and a recipe card's buttons ("Jump to Recipe", "Print Recipe"). Lowercase; compiled
 * here, kept narrow: "learn more" and "compare" stay out (service and category truths keep them as link text of
 * their sections).
 */
export const CONTROL_LABELS: readonly string[] = [
  // en
  'read more', 'show more', 'show less', 'see more', 'see less', 'view more', 'view less', 'view all', 'see all',
  'show all', 'load more', 'loading', 'quick view', 'quickview', 'quick shop', 'view options', 'select options',
  'choose options', 'more options', 'add to cart', 'add to bag', 'add to basket', 'add to wishlist', 'add to wish list',
  'add to compare', 'add to favorites', 'buy now', 'shop now', 'qty', 'quantity', '+ more',
  'share', 'share this', 'share this article', 'share this post', 'share this page', 'share this story',
  'back to top', 'back to contents', 'back to table of contents', 'skip to content', 'skip to main content',
  'skip navigation', 'click to enlarge', 'tap to enlarge', 'jump to recipe', 'jump to video', 'print recipe', 'pin recipe',
  'save recipe', 'download figure', 'download powerpoint', 'view this post on instagram', 'view this post on tiktok',
  'caption', 'toggle caption', 'hide caption', 'show caption',
  // fr
  'lire la suite', 'voir plus', 'voir moins', 'ajouter au panier', 'comparer', 'ne plus comparer', 'aperçu rapide',
  'partager', 'partager cet article', 'retour en haut', 'aller au contenu', 'aller au contenu principal',
  'cliquez pour agrandir', 'imprimer la recette', 'voir cette publication sur instagram',
  // de
  'weiterlesen', 'mehr lesen', 'mehr anzeigen', 'weniger anzeigen', 'in den warenkorb', 'vergleichen',
  'teilen', 'seite teilen', 'artikel teilen', 'beitrag teilen', 'zurück', 'nach oben', 'zurück zum inhaltsverzeichnis',
  'zurück zur übersicht', 'zum inhalt springen', 'zum hauptinhalt', 'zum hauptinhalt springen', 'hauptinhalt',
  'zum vergrößern anklicken', 'zum vergrößern bitte anklicken', 'zum vergrößern klicken', 'rezept drucken', 'zum rezept springen',
  'bei pinterest speichern', 'sieh dir diesen beitrag auf instagram an',
  // es / pt / it
  'leer más', 'ver más', 'ver menos', 'añadir al carrito', 'agregar al carrito', 'ler mais', 'ver mais',
  'adicionar ao carrinho', 'leggi di più', 'mostra di più', 'aggiungi al carrello', 'compartir', 'compartilhar',
  'partilhar', 'condividi', 'haga clic para ampliar', 'clicca per ingrandire', 'ver esta publicación en instagram',
  'ver essa foto no instagram', 'ver esta publicação no instagram', 'visualizza questo post su instagram',
];

/**
 * A pager's label ("Pages: 1 2 3 Next", "Page 1 of 8", "Seite 2 von 5"): the words for "page" and for "of" between
 * the page's number and the count. Compiled in `../html/control-labels.ts`.
 */
export const PAGE_WORDS: readonly string[] = ['page', 'pages', 'seite', 'seiten', 'página', 'páginas', 'pagina', 'pagine', 'strona'];
export const PAGE_OF_WORDS: readonly string[] = ['of', 'von', 'sur', 'de', 'di', 'z', '/'];
