/**
 * The labels a page prints over an advertisement or a paid placement ("Advertisement", "Sponsored", "Anzeige"):
 * a block that is only such a label, or the label and the advertiser's name, is no reader's text. Lowercase;
 * compiled in ../html/ad-labels.ts. Kept narrow: "advertising" and "ad" name a subject too (a service page's
 * "Advertising" section), so they are not here.
 */
export const AD_LABELS: readonly string[] = [
  // en
  'advertisement', 'advertisements', 'sponsored', 'sponsored content', 'sponsored post', 'sponsored links',
  'paid content', 'paid post', 'promoted content', 'partner content',
  // fr / de / es / pt / it / nl
  'publicité', 'contenu sponsorisé', 'anzeige', 'werbung', 'gesponsert', 'publicidad', 'patrocinado', 'publicidade',
  'pubblicità', 'sponsorizzato', 'advertentie', 'gesponsord',
  // ru / pl / zh / ja / ko
  'реклама', 'reklama', '广告', '廣告', '広告', '광고',
];
