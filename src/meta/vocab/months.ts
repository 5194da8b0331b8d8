/** Month names and abbreviations (nominative, genitive and common short forms) per language, lowercase. */

/** For each language: 12 entries, each a list of spellings for that month (index 0 = January). */
export const MONTH_NAMES: Record<string, string[][]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc']],
  de: [['januar', 'jänner', 'jän'], ['februar', 'feber'], ['märz', 'maerz', 'mär', 'mrz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez']],
  es: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
  it: [['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre'], ['dicembre']],
  pt: [['janeiro'], ['fevereiro', 'fev'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro', 'out'], ['novembro'], ['dezembro', 'dez']],
  nl: [['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек']],
  uk: [['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'], ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень']],
  pl: [['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień']],
  cs: [['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu', 'listopad'], ['prosince', 'prosinec']],
  tr: [['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'], ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik']],
  sv: [['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'], ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december']],
  da: [['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december']],
  no: [['januar'], ['februar'], ['mars'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['desember']],
  fi: [['tammikuuta', 'tammikuu'], ['helmikuuta', 'helmikuu'], ['maaliskuuta', 'maaliskuu'], ['huhtikuuta', 'huhtikuu'], ['toukokuuta', 'toukokuu'], ['kesäkuuta', 'kesäkuu'], ['heinäkuuta', 'heinäkuu'], ['elokuuta', 'elokuu'], ['syyskuuta', 'syyskuu'], ['lokakuuta', 'lokakuu'], ['marraskuuta', 'marraskuu'], ['joulukuuta', 'joulukuu']],
  hu: [['január'], ['február'], ['március'], ['április'], ['május'], ['június'], ['július'], ['augusztus'], ['szeptember'], ['október'], ['november'], ['december']],
  ro: [['ianuarie'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'], ['iulie'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie'], ['decembrie']],
  ca: [['gener'], ['febrer'], ['març'], ['abril'], ['maig'], ['juny'], ['juliol'], ['agost'], ['setembre'], ['octubre'], ['novembre'], ['desembre']],
  hr: [['siječnja', 'siječanj'], ['veljače', 'veljača'], ['ožujka', 'ožujak'], ['travnja', 'travanj'], ['svibnja', 'svibanj'], ['lipnja', 'lipanj'], ['srpnja', 'srpanj'], ['kolovoza', 'kolovoz'], ['rujna', 'rujan'], ['listopada', 'listopad'], ['studenoga', 'studenog', 'studeni'], ['prosinca', 'prosinac']],
  id: [['januari'], ['februari', 'pebruari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november', 'nopember'], ['desember']],
  el: [['ιανουαρίου', 'ιανουάριος'], ['φεβρουαρίου', 'φεβρουάριος'], ['μαρτίου', 'μάρτιος'], ['απριλίου', 'απρίλιος'], ['μαΐου', 'μάιος'], ['ιουνίου', 'ιούνιος'], ['ιουλίου', 'ιούλιος'], ['αυγούστου', 'αύγουστος'], ['σεπτεμβρίου', 'σεπτέμβριος'], ['οκτωβρίου', 'οκτώβριος'], ['νοεμβρίου', 'νοέμβριος'], ['δεκεμβρίου', 'δεκέμβριος']],
  vi: [['tháng một'], ['tháng hai'], ['tháng ba'], ['tháng tư'], ['tháng năm'], ['tháng sáu'], ['tháng bảy'], ['tháng tám'], ['tháng chín'], ['tháng mười'], ['tháng mười một'], ['tháng mười hai']],
};

/** Lowercase month spelling → month number (1–12); a spelling shared by languages maps to the same month. */
export function monthLookup(): Map<string, number> {
  const m = new Map<string, number>();
  for (const months of Object.values(MONTH_NAMES)) {
    months.forEach((names, i) => { for (const n of names) if (!m.has(n)) m.set(n, i + 1); });
  }
  return m;
}
