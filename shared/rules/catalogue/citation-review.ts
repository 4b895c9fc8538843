// The last check of every rule's `basis` against the article texts, for docs/rules.md: what was
// corrected, and what could not be confirmed from a text at hand. Review notes, not rule wording.
import type { Bilingual } from '../../case';

export interface CitationNote {
  /** Rule id. */
  rule: string;
  citation: string;
  note: Bilingual;
}

export const CITATION_REVIEW = {
  reviewedOn: '2026-12-07',
  sources: {
    zh: '《中华人民共和国刑事诉讼法》（2018年修正）、《人民检察院刑事诉讼规则》（2019年）、最高人民法院关于适用刑事诉讼法的解释（2021年）、《法律援助法》、《公安机关办理刑事案件程序规定》（2020年）及2012年试行规则的条文，逐条对照各规则引用的条、款、项（第三方整理文本，正式适用前仍应以全国人大、最高人民检察院公布的文本为准）。',
    en: 'The texts of the Criminal Procedure Law (2018), the SPP Rules (2019), the SPC Interpretation (2021), the Legal Aid Law, the MPS Provisions (2020) and the 2012 trial Rules, article, clause and item against every citation (a third-party transcription; confirm against the NPC and SPP publications before relying on it).',
  } satisfies Bilingual,
  corrected: [
    { rule: 'interrogation-within-24h', citation: '刑诉法 第86条 → 第166条', note: { zh: '第86条是公安机关对被拘留人的讯问义务；本院直接受理案件中被拘留的人为第166条（逮捕后为第94条）。', en: 'Art. 86 is the police’s duty; the procuratorate’s own detentions are art. 166 (arrests art. 94).' } },
    { rule: 'arrest-review-self-investigated', citation: '增加 刑诉法 第167条', note: { zh: '拘留后十四日以内作出是否逮捕的决定（特殊情况延长一至三日）；规则第296、297条的两个七日即由此而来。', en: 'The 14 days (+1–3) after detention; SPP Rules 296 and 297 split them into two 7-day steps.' } },
    { rule: 'juvenile-conditional-nonpros', citation: '增加 规则 第473条', note: { zh: '考验期六个月以上一年以下，自决定之日起计算。', en: 'Probation of 6 to 12 months from the decision.' } },
    { rule: 'family-notification-24h', citation: '规则 第123、144、301条 在前', note: { zh: '先引本院自身的通知义务，刑诉法第85条第2款、第93条第2款是公安机关执行时的规定。', en: 'The procuratorate’s own duties first; CPL 85(2) and 93(2) are written for the police.' } },
    { rule: 'juvenile-guardian-present', citation: '规则 第466条 → 第465条第2–4款', note: { zh: '第466条是讯问时保护人格尊严、限制使用戒具；法定代理人、合适成年人到场及签名在第465条第2至4款。', en: 'Art. 466 is about dignity and restraints; the representative or appropriate adult and their signature are art. 465(2)–(4).' } },
    { rule: 'nonpros-approval', citation: '增加 规则 第279条', note: { zh: '刑诉法第182条特殊不起诉经最高人民检察院核准的检察规则条文。', en: 'The SPP Rules’ counterpart of CPL 182 (the SPP’s sanction).' } },
    { rule: 'nonpros-service-7d-notice', citation: '增加 规则 第385条', note: { zh: '相对不起诉（刑诉法第177条第2款）的被不起诉人七日内申诉；无被害人的法定不起诉无需告知七日申诉。', en: 'The 7-day appeal after a discretionary decision (CPL 177(2)); none is owed after a statutory one without a victim.' } },
  ] satisfies CitationNote[],
  unconfirmed: [
    { rule: 'plea-audio-video', citation: '《人民检察院办理认罪认罚案件听取意见同步录音录像规定》第2–4条', note: { zh: '该规定全文未能取得，条文序号沿用规则目录，未逐条核对。', en: 'The full text was not available; the article numbers follow the catalogue and were not checked one by one.' } },
    { rule: 'flow-monitoring-notice-reply-10d', citation: '《人民检察院案件流程监控工作规定（试行）》', note: { zh: '仅取得第1至6条及公开摘要；十日书面回复已按规则第665条第3款核实，规则依据亦只引该条。', en: 'Only arts. 1–6 and a summary were available; the 10-day reply is confirmed by SPP Rules 665(3), which is what the rule cites.' } },
    { rule: 'period-change-notifications', citation: '规则 第293、304条', note: { zh: '条文已核对（批准、变更、撤销逮捕及异地羁押的通知），但表单未记录这两类通知，本规则未据此判断，仅作依据列出。', en: 'Checked (notices of arrest decisions and of custody elsewhere), but the form records neither notice, so the rule cites them without checking them.' } },
  ] satisfies CitationNote[],
};
