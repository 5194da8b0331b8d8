/**
 * What an image credit line is made of: the label that opens it ("Photo:", "Credit:", "Bild:"), the photo agencies
 * and stock libraries whose names mark it, and the courtesy formula. Lowercase; compiled here.
 */
export const CREDIT_LABELS: readonly string[] = [
  'photo', 'photos', 'photograph', 'image', 'images', 'picture', 'credit', 'credits', 'photo credit', 'image credit',
  'photo credits', 'image source', 'source image', 'illustration', 'photo illustration',
  'foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'crédit', 'crédit photo', 'crédits photo', 'fotografía', 'imagen',
  'crédits photos', 'crédit photos', 'bildnachweis', 'fotonachweis', 'bildrechte', 'fotocredit', 'foto credit', 'copyright',
];

/** Photo agencies and stock libraries (a name no caption's own words would use). */
export const PHOTO_AGENCIES: readonly string[] = [
  'getty images', 'gettyimages', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'unsplash', 'pexels', 'adobe stock',
  'ap photo', 'depositphotos', 'dreamstime', '123rf', 'imago images', 'picture alliance', 'picture-alliance',
];

/** "Photographed by …"-style openings (followed by a name). */
export const CREDIT_BY: readonly string[] = ['photo by', 'photos by', 'photograph by', 'picture by', 'illustration by', 'courtesy', 'courtesy of'];

/** Class words of the element that holds a picture's credit inside its caption (`<span class="credit">`). */
export const CREDIT_CLASS_WORDS: ReadonlySet<string> = new Set([
  'credit', 'credits', 'photocredit', 'imagecredit', 'copyright', 'photographer', 'attribution',
]);
