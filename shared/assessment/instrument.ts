// 社会危险性量化评估 (Nansha, Guangzhou): the instrument as data. Items in three groups, each with a
// weight (negative weights lessen the danger) and its legal basis; score bands. The built-in
// instrument is a STARTING POINT: its weights and band limits are not Nansha's (theirs are not
// published) and must be calibrated locally against the unit's own arrest-review outcomes; an
// administrator replaces it through PUT /api/v1/assessment-instrument (a new version each time).
// The legal overrides (刑事诉讼法第八十一条第三款 etc.) are law, not calibration: they live in
// ./score.ts and no instrument can change them.
import type { Bilingual } from '../case/fields';

export const ASSESSMENT_GROUPS = ['personal', 'offence', 'obstruction'] as const;
export type AssessmentGroupId = (typeof ASSESSMENT_GROUPS)[number];

/** What a band points to. It never decides: the decision stays the prosecutor's. */
export const BAND_SUGGESTIONS = ['no-arrest', 'weigh', 'arrest'] as const;
export type BandSuggestion = (typeof BAND_SUGGESTIONS)[number];

export interface AssessmentGroup {
  id: AssessmentGroupId;
  label: Bilingual;
  /** The paragraph's sub-heading and what the group covers. */
  basis: Bilingual;
}

export interface AssessmentItem {
  /** kebab-case, stable across versions (what is synced). */
  id: string;
  group: AssessmentGroupId;
  /** Points when ticked; negative for circumstances that lessen the danger. */
  weight: number;
  /** Wording as it reads after "犯罪嫌疑人" in the report. */
  text: Bilingual;
  /** Law and article (sub-item) the item is drawn from. */
  basis: Bilingual;
}

export interface AssessmentBand {
  /** kebab-case; `mandatory` and `excluded` are reserved for the legal overrides. */
  id: string;
  label: Bilingual;
  /** Lowest score in this band; absent on the first band (everything below the second band's `from`). */
  from?: number;
  suggests: BandSuggestion;
  /** The conclusion sentence of the drafted paragraph. */
  conclusion: Bilingual;
}

export interface AssessmentInstrument {
  version: number;
  title: Bilingual;
  /** `starting-point`: the built-in one, not yet calibrated; `local`: set by this unit's administrator. */
  calibration: 'starting-point' | 'local';
  note: Bilingual;
  groups: AssessmentGroup[];
  items: AssessmentItem[];
  /** Ordered by `from`, lowest first. */
  bands: AssessmentBand[];
}

const R2015 = '《最高人民检察院、公安部关于逮捕社会危险性条件若干问题的规定（试行）》（高检会〔2015〕9号）';
const R2015_EN = 'SPP/MPS Provisions on the Social-Danger Condition of Arrest (trial, 2015)';
const RULES = '《人民检察院刑事诉讼规则》（2019）';
const RULES_EN = 'Procuratorate Criminal Procedure Rules (2019)';

const r2015 = (article: string, item: string, en: string): Bilingual => ({ zh: `${R2015}第${article}条第（${item}）项`, en: `${R2015_EN}, art. ${en}` });

export const BUILT_IN_INSTRUMENT: AssessmentInstrument = {
  version: 1,
  title: { zh: '逮捕社会危险性量化评估表（内置起始版，待本院校准）', en: 'Arrest social-danger assessment (built-in starting point, to be calibrated locally)' },
  calibration: 'starting-point',
  note: {
    zh: '本表是起始版本：条目取自刑事诉讼法第八十一条和2015年《关于逮捕社会危险性条件若干问题的规定（试行）》，分值和分档界限是示例，须由本院结合审查逮捕案件的实际结果校准后使用。评估只供承办检察官参考，是否逮捕由检察官依法决定。',
    en: 'A starting point: the items come from CPL art. 81 and the 2015 Provisions; the weights and band limits are examples to be calibrated against this unit\'s own arrest-review outcomes. The assessment informs the prosecutor, who decides.',
  },
  groups: [
    { id: 'personal', label: { zh: '人身危险性', en: 'Personal danger' },
      basis: { zh: '刑事诉讼法第八十一条第一款第（一）项；《规定》第五条', en: 'CPL 81(1)(i); Provisions art. 5' } },
    { id: 'offence', label: { zh: '犯罪危害性（社会危害性）', en: 'Harm of the offence' },
      basis: { zh: '刑事诉讼法第八十一条第一款第（二）项、第二款；《规定》第六条', en: 'CPL 81(1)(ii) and 81(2); Provisions art. 6' } },
    { id: 'obstruction', label: { zh: '妨碍诉讼可能性（诉讼可控性）', en: 'Risk of obstructing the proceedings' },
      basis: { zh: '刑事诉讼法第八十一条第一款第（三）至（五）项；《规定》第七条至第九条', en: 'CPL 81(1)(iii)–(v); Provisions arts. 7–9' } },
  ],
  items: [
    // ── 人身危险性：可能实施新的犯罪（《规定》第五条）──
    { id: 'planning-new-crime', group: 'personal', weight: 12, text: { zh: '案发前或者案发后正在策划、组织或者预备实施新的犯罪', en: 'was planning, organising or preparing a new crime before or after the offence' }, basis: r2015('五', '一', '5(i)') },
    { id: 'threatens-new-crime', group: 'personal', weight: 8, text: { zh: '扬言实施新的犯罪', en: 'threatened to commit a new crime' }, basis: r2015('五', '二', '5(ii)') },
    { id: 'repeated-offending', group: 'personal', weight: 8, text: { zh: '多次作案、连续作案、流窜作案', en: 'offended repeatedly, serially or across regions' }, basis: r2015('五', '三', '5(iii)') },
    { id: 'admin-penalty-within-year', group: 'personal', weight: 5, text: { zh: '一年内曾因故意实施同类违法行为受到行政处罚', en: 'had an administrative penalty for a similar intentional act within a year' }, basis: r2015('五', '四', '5(iv)') },
    { id: 'lives-on-crime', group: 'personal', weight: 6, text: { zh: '以犯罪所得为主要生活来源', en: 'lives mainly on the proceeds of crime' }, basis: r2015('五', '五', '5(v)') },
    { id: 'drug-gambling-habit', group: 'personal', weight: 5, text: { zh: '有吸毒、赌博等恶习', en: 'has a drug or gambling habit' }, basis: r2015('五', '六', '5(vi)') },
    { id: 'first-offender', group: 'personal', weight: -4, text: { zh: '系主观恶性较小的初犯', en: 'is a first offender of small subjective culpability' }, basis: { zh: `${RULES}第一百四十条第（二）项`, en: `${RULES_EN}, art. 140(ii)` } },
    { id: 'plea-accepted', group: 'personal', weight: -6, text: { zh: '认罪认罚', en: 'admits guilt and accepts punishment' }, basis: { zh: '刑事诉讼法第八十一条第二款；第十五条', en: 'CPL 81(2) and 15' } },
    { id: 'minor-with-guardian', group: 'personal', weight: -6, text: { zh: '系未成年人，有悔罪表现，具备有效监护条件或者社会帮教措施', en: 'is a minor, remorseful, with effective guardianship or community support' }, basis: { zh: `刑事诉讼法第二百八十条第一款；${RULES}第四百六十三条`, en: `CPL 280(1); ${RULES_EN}, art. 463` } },
    { id: 'stable-residence', group: 'personal', weight: -3, text: { zh: '在本地有固定住所和稳定工作，能够保证随传随到', en: 'has a fixed home and steady work locally and can answer summonses' }, basis: { zh: '刑事诉讼法第六十七条第一款第（二）项、第七十一条（本院校准项）', en: 'CPL 67(1)(ii) and 71 (local calibration item)' } },
    // ── 犯罪危害性：危害国家安全、公共安全或者社会秩序的现实危险（《规定》第六条）──
    { id: 'organising-public-danger', group: 'offence', weight: 12, text: { zh: '案发前或者案发后正在积极策划、组织或者预备实施危害国家安全、公共安全或者社会秩序的重大违法犯罪行为', en: 'was actively planning a major offence against state security, public safety or public order' }, basis: r2015('六', '一', '6(i)') },
    { id: 'prior-public-order-penalty', group: 'offence', weight: 6, text: { zh: '曾因危害国家安全、公共安全或者社会秩序受到刑事处罚或者行政处罚', en: 'was punished before for endangering state security, public safety or public order' }, basis: r2015('六', '二', '6(ii)') },
    { id: 'gang-terror-drug-role', group: 'offence', weight: 10, text: { zh: '在危害国家安全、黑恶势力、恐怖活动、毒品犯罪中起组织、策划、指挥作用或者积极参加', en: 'organised, directed or actively took part in state-security, gang, terrorist or drug crime' }, basis: r2015('六', '三', '6(iii)') },
    { id: 'serious-circumstances', group: 'offence', weight: 4, text: { zh: '涉嫌犯罪的性质恶劣、情节严重', en: 'the offence is grave in nature and circumstances' }, basis: { zh: '刑事诉讼法第八十一条第二款（涉嫌犯罪的性质、情节）', en: 'CPL 81(2): nature and circumstances of the offence' } },
    { id: 'preparation-or-excess', group: 'offence', weight: -5, text: { zh: '属于预备犯、中止犯，或者防卫过当、避险过当', en: 'is a preparatory or abandoned offence, or excessive defence or necessity' }, basis: { zh: `${RULES}第一百四十条第（一）项`, en: `${RULES_EN}, art. 140(i)` } },
    { id: 'accessory-role', group: 'offence', weight: -3, text: { zh: '系共同犯罪中的从犯、胁从犯', en: 'is an accessory or coerced accomplice' }, basis: { zh: `${RULES}第一百四十条第（二）项`, en: `${RULES_EN}, art. 140(ii)` } },
    { id: 'restitution-remorse', group: 'offence', weight: -4, text: { zh: '犯罪后自首、有立功表现或者积极退赃、赔偿损失，确有悔罪表现', en: 'surrendered, performed meritorious service or made restitution, and is remorseful' }, basis: { zh: `${RULES}第一百四十条第（二）项`, en: `${RULES_EN}, art. 140(ii)` } },
    { id: 'negligent-remorse', group: 'offence', weight: -4, text: { zh: '系过失犯罪，犯罪后有悔罪表现，有效控制损失或者积极赔偿损失', en: 'is a negligent offence, remorseful, with losses contained or compensated' }, basis: { zh: `${RULES}第一百四十条第（三）项`, en: `${RULES_EN}, art. 140(iii)` } },
    // ── 妨碍诉讼可能性（《规定》第七条至第九条）──
    { id: 'destroys-evidence', group: 'obstruction', weight: 10, text: { zh: '曾经或者企图毁灭、伪造、隐匿、转移证据', en: 'destroyed, forged, hid or moved evidence, or tried to' }, basis: r2015('七', '一', '7(i)') },
    { id: 'interferes-witness', group: 'obstruction', weight: 10, text: { zh: '曾经或者企图威逼、恐吓、利诱、收买证人，干扰证人作证', en: 'pressured, threatened, lured or bribed witnesses, or tried to' }, basis: r2015('七', '二', '7(ii)') },
    { id: 'accomplice-at-large', group: 'obstruction', weight: 6, text: { zh: '有同案犯罪嫌疑人或者与其在事实上存在密切关联犯罪的犯罪嫌疑人在逃，重要证据尚未收集到位', en: 'an accomplice or closely linked suspect is at large and key evidence is not yet secured' }, basis: r2015('七', '三', '7(iii)') },
    { id: 'threatens-retaliation', group: 'obstruction', weight: 10, text: { zh: '扬言或者准备、策划对被害人、举报人、控告人实施打击报复', en: 'threatened or prepared retaliation against the victim, informant or complainant' }, basis: r2015('八', '一', '8(i)') },
    { id: 'past-retaliation', group: 'obstruction', weight: 8, text: { zh: '曾经对被害人、举报人、控告人实施打击、要挟、迫害等行为', en: 'attacked, blackmailed or persecuted the victim, informant or complainant before' }, basis: r2015('八', '二', '8(ii)') },
    { id: 'harasses-victim', group: 'obstruction', weight: 5, text: { zh: '采取其他方式滋扰被害人、举报人、控告人的正常生活、工作', en: "otherwise disturbs the victim's, informant's or complainant's life or work" }, basis: r2015('八', '三', '8(iii)') },
    { id: 'preparing-flight', group: 'obstruction', weight: 12, text: { zh: '着手准备自杀、自残或者逃跑', en: 'began preparing suicide, self-harm or flight' }, basis: r2015('九', '一', '9(i)') },
    { id: 'past-flight', group: 'obstruction', weight: 6, text: { zh: '曾经自杀、自残或者逃跑', en: 'attempted suicide, self-harm or fled before' }, basis: r2015('九', '二', '9(ii)') },
    { id: 'expressed-flight', group: 'obstruction', weight: 5, text: { zh: '有自杀、自残或者逃跑的意思表示', en: 'expressed an intention of suicide, self-harm or flight' }, basis: r2015('九', '三', '9(iii)') },
    { id: 'resisted-arrest', group: 'obstruction', weight: 6, text: { zh: '曾经以暴力、威胁手段抗拒抓捕', en: 'resisted capture with violence or threats' }, basis: r2015('九', '四', '9(iv)') },
  ],
  bands: [
    { id: 'low', label: { zh: '社会危险性较小', en: 'low' }, suggests: 'no-arrest',
      conclusion: { zh: '综合评估，犯罪嫌疑人社会危险性较小，采取取保候审足以防止发生社会危险性。', en: 'Overall the danger is low; bail suffices to prevent it.' } },
    { id: 'medium', label: { zh: '社会危险性一般', en: 'medium' }, from: 10, suggests: 'weigh',
      conclusion: { zh: '综合评估，犯罪嫌疑人具有一定社会危险性，是否足以通过取保候审防止，需结合全案证据审慎判断。', en: 'Overall there is some danger; whether bail suffices needs weighing on the whole file.' } },
    { id: 'high', label: { zh: '社会危险性较大', en: 'high' }, from: 20, suggests: 'arrest',
      conclusion: { zh: '综合评估，犯罪嫌疑人社会危险性较大，采取取保候审尚不足以防止发生社会危险性。', en: 'Overall the danger is high; bail would not suffice to prevent it.' } },
  ],
};
