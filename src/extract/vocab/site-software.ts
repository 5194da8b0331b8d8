/**
 * Forum, blog and shop software whose footer credit ("Powered by phpBB® Forum Software © phpBB Limited", "Proudly
 * powered by WordPress") a site prints on every page. Only software names: "Powered by AI agents" or "Powered by
 * iRobot OS" on a product page say something about the product. Lowercase; compiled in `../html/powered-by.ts`.
 */
export const SITE_SOFTWARE: readonly string[] = [
  'phpbb', 'vbulletin', 'xenforo', 'fluxbb', 'punbb', 'mybb', 'smf', 'simple machines', 'invision community',
  'invision power board', 'ips community suite', 'discourse', 'nodebb', 'flarum', 'vanilla forums', 'vanilla', 'bbpress',
  'wordpress', 'wordpress.com', 'wordpress vip', 'drupal', 'joomla', 'joomla!', 'ghost', 'blogger', 'tumblr', 'typo3',
  'hugo', 'jekyll', 'mkdocs', 'sphinx', 'docusaurus', 'read the docs', 'gitbook', 'mediawiki', 'dokuwiki', 'confluence',
  'shopify', 'squarespace', 'wix', 'weebly', 'webflow', 'woocommerce', 'magento', 'prestashop', 'bigcommerce',
  'zendesk', 'freshdesk', 'helpscout', 'tapatalk',
];
