/**
 * Small function-word lists per language (compiled for this project): prose is dense in them, menus
 * and headline lists are not. For Chinese/Japanese, single characters (particles) are counted.
 */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: 'the of and to a in is it that for on was with as he she they are be this by at or from his her but not have has had were which an their you we i will would there been one all its can more who if so than also about into them these when what our your my do no up out after over'.split(' '),
  fr: 'le la les de des du un une et à en est que qui dans pour sur au aux par pas ne se ce il elle ils sont avec plus son sa ses a été être leur leurs mais ou comme cette nous vous on y lui tout si aussi fait entre sans même été avait dont très'.split(' '),
  de: 'der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei sind wird war so dass nach wie noch einer einem eines um am über vor zum zur sie wir ich aber nur oder wenn man kann'.split(' '),
  es: 'el la los las de del y en que a un una es por con para no se su sus al lo como más pero le ha este esta son fue ser o sobre entre también hay muy ya sin cuando desde todo nos porque está han'.split(' '),
  it: 'il lo la i gli le di del della dei delle e è in che a un una per con non si da al alla sono come più ma anche ha questo questa nel nella sul sulla o tra ci se loro essere stato dopo quando molto'.split(' '),
  pt: 'o a os as de do da dos das e em que um uma é para com não no na por se mais ao como mas foi ser são sua seu pelo pela também nos há entre quando muito já sem sobre ou está isso'.split(' '),
  nl: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar om dan nog wordt naar uit over heeft was worden tot hij zij we je kan meer deze die'.split(' '),
  ru: 'и в не на что с по как это он она они а к из за у от о для но так же его ее их был была было были бы все уже только или если когда мы вы я то'.split(' '),
  pl: 'i w z na się nie do że to jest o jak a po od za przez dla jego jej ich są był była było ale tak też lub już tylko może który która które'.split(' '),
  sv: 'och i att det som en på är av för med till den har de inte om ett var men från vid så kan han hon sig också efter eller nu'.split(' '),
  tr: 've bir bu da de için ile olarak çok daha en gibi ama ancak olan kadar sonra her o ne değil var'.split(' '),
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah ada karena oleh sudah bisa atau mereka kami kita'.split(' '),
};

/** Chinese and Japanese function characters (particles, copulas, measure words). */
export const CJK_STOP_CHARS = '的了是在和有也就都而及与着或被把对从这那你我他她它们之其为以于上中个不人'
  + 'のはがをにでとももへやからまでよりですますだしたないするいるあるこれそれこの';
