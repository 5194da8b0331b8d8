import { describe, it, expect } from 'vitest';
import { detectLanguage, normalizeTag } from '../../src/meta/language.js';
import { clean } from '../../src/index.js';

const SAMPLES: Record<string, string> = {
  en: 'The city council approved the new budget on Tuesday. Schools and roads will get more money next year. The mayor said the plan was fair. Some residents still have questions about taxes.',
  fr: 'Le conseil municipal a approuvé le nouveau budget mardi. Les écoles et les routes recevront plus d’argent l’an prochain. Le maire a déclaré que le plan était juste. Certains habitants ont encore des questions.',
  de: 'Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Schulen und Straßen bekommen im nächsten Jahr mehr Geld. Der Bürgermeister nannte den Plan gerecht. Einige Bürger haben noch Fragen zu den Steuern.',
  es: 'El ayuntamiento aprobó el nuevo presupuesto el martes. Las escuelas y las carreteras recibirán más dinero el próximo año. El alcalde dijo que el plan era justo. Algunos vecinos todavía tienen preguntas.',
  pt: 'A câmara municipal aprovou o novo orçamento na terça-feira. As escolas e as estradas vão receber mais dinheiro no próximo ano. O prefeito disse que o plano era justo. Alguns moradores ainda têm perguntas.',
  ru: 'Городской совет во вторник утвердил новый бюджет. Школы и дороги получат больше денег в следующем году. Мэр сказал, что план справедлив. У некоторых жителей всё ещё есть вопросы.',
  uk: 'Міська рада у вівторок затвердила новий бюджет. Школи та дороги отримають більше грошей наступного року. Мер сказав, що план справедливий. Деякі мешканці ще мають запитання.',
  id: 'Dewan kota menyetujui anggaran baru pada hari Selasa. Sekolah dan jalan akan mendapat lebih banyak uang tahun depan. Wali kota mengatakan rencana itu adil. Beberapa warga masih punya pertanyaan karena pajak.',
  zh: '市议会周二批准了新的预算。明年学校和道路将获得更多资金。市长表示这个计划是公平的。一些居民仍然对税收有疑问。',
  ja: '市議会は火曜日に新しい予算を承認しました。来年は学校と道路により多くの資金が配分されます。市長はこの計画は公平だと述べました。',
  ko: '시의회는 화요일에 새 예산을 승인했습니다. 내년에는 학교와 도로에 더 많은 돈이 배정됩니다. 시장은 이 계획이 공정하다고 말했습니다.',
  ar: 'وافق مجلس المدينة على الميزانية الجديدة يوم الثلاثاء. ستحصل المدارس والطرق على مزيد من المال في العام المقبل. وقال رئيس البلدية إن الخطة عادلة.',
  fa: 'شورای شهر روز سه‌شنبه بودجه جدید را تصویب کرد. مدارس و جاده‌ها سال آینده پول بیشتری دریافت می‌کنند. شهردار گفت این برنامه منصفانه است.',
  he: 'מועצת העיר אישרה ביום שלישי את התקציב החדש. בתי הספר והכבישים יקבלו יותר כסף בשנה הבאה. ראש העיר אמר שהתוכנית הוגנת.',
  el: 'Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό. Τα σχολεία και οι δρόμοι θα πάρουν περισσότερα χρήματα του χρόνου. Ο δήμαρχος είπε ότι το σχέδιο είναι δίκαιο.',
  th: 'สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคาร โรงเรียนและถนนจะได้รับเงินมากขึ้นในปีหน้า นายกเทศมนตรีกล่าวว่าแผนนี้ยุติธรรม',
  hi: 'नगर परिषद ने मंगलवार को नया बजट मंजूर किया। अगले साल स्कूलों और सड़कों को अधिक पैसा मिलेगा। महापौर ने कहा कि योजना उचित है।',
};

describe('language detection', () => {
  it.each(Object.entries(SAMPLES))('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null for text too short to tell', () => {
    expect(detectLanguage('OK merci')).toBeNull();
  });

  it('normalizes declared tags to ISO 639-1', () => {
    expect(normalizeTag('fr-FR')).toBe('fr');
    expect(normalizeTag('pt_BR')).toBe('pt');
    expect(normalizeTag('zh-Hans')).toBe('zh');
    expect(normalizeTag('iw')).toBe('he');
    expect(normalizeTag('x-default')).toBeNull();
  });

  it('falls back to the declared <html lang> when the body is too short', () => {
    expect(clean('<html lang="de-AT"><body><h1>Hallo</h1><p>Kurz.</p></body></html>').language).toBe('de');
  });

  it('trusts a long body over a wrong <html lang>', () => {
    expect(clean(`<html lang="en"><body><h1>Haushalt</h1><p>${SAMPLES.de}</p></body></html>`).language).toBe('de');
  });
});
