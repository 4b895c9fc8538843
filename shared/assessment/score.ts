// Scoring an assessment: the sum of the ticked items' weights, its band, and the legal overrides.
// The overrides are the law and cite it; they are not part of any instrument and cannot be
// calibrated away. Where the law leaves arrest to the prosecutor's judgment (e.g. a suspect who
// broke bail conditions, 刑事诉讼法第八十一条第四款 "可以予以逮捕"), there is no override: the score
// and its band inform, the prosecutor decides.
import type { Bilingual } from '../case/fields';
import type { AssessmentBand, AssessmentInstrument, AssessmentItem, BandSuggestion } from './instrument';

/** The sentence the suspect may face, as the prosecutor judges it now. */
export const PENALTIES = ['unknown', 'below-imprisonment', 'imprisonment', 'ten-years-plus'] as const;
export type Penalty = (typeof PENALTIES)[number];

/** The legal facts that decide the overrides (ticked by the prosecutor; never synced). */
export interface ArrestConditions {
  /** 有证据证明有犯罪事实 (刑事诉讼法第八十一条第一款). undefined: not yet stated. */
  evidenceOfCrime?: boolean;
  penalty: Penalty;
  /** 曾经故意犯罪 */
  priorIntentionalCrime: boolean;
  /** 身份不明 */
  identityUnknown: boolean;
  /** 具有刑事诉讼法第十六条规定的不追究刑事责任情形之一 */
  noCriminalLiability: boolean;
  /** 违反取保候审、监视居住规定 (刑事诉讼法第八十一条第四款) */
  bailViolation: boolean;
}

export const NO_CONDITIONS: ArrestConditions = {
  penalty: 'unknown', priorIntentionalCrime: false, identityUnknown: false, noCriminalLiability: false, bailViolation: false,
};

export type OverrideKind = 'mandatory' | 'excluded';
/** Band ids the overrides take; an instrument may not use them for its own bands. */
export const OVERRIDE_BANDS: readonly OverrideKind[] = ['mandatory', 'excluded'];

export interface LegalOverride {
  id: 'no-criminal-liability' | 'ten-years-plus' | 'prior-intentional-crime' | 'identity-unknown' | 'below-imprisonment' | 'no-evidence';
  kind: OverrideKind;
  text: Bilingual;
  basis: Bilingual;
}

export const OVERRIDE_LABELS: Record<OverrideKind, Bilingual> = {
  mandatory: { zh: '依法应当逮捕', en: 'arrest required by law' },
  excluded: { zh: '依法不得逮捕', en: 'arrest excluded by law' },
};

const OVERRIDES: Record<LegalOverride['id'], LegalOverride> = {
  'no-criminal-liability': {
    id: 'no-criminal-liability', kind: 'excluded',
    text: { zh: '具有刑事诉讼法第十六条规定的不追究刑事责任情形，应当作出不批准逮捕或者不予逮捕的决定', en: 'a CPL 16 ground for no criminal liability applies: arrest must be refused' },
    basis: { zh: '刑事诉讼法第十六条；《人民检察院刑事诉讼规则》第一百三十九条第（二）项', en: 'CPL 16; Procuratorate Rules art. 139(ii)' },
  },
  'no-evidence': {
    id: 'no-evidence', kind: 'excluded',
    text: { zh: '尚无证据证明有犯罪事实，不符合逮捕条件，应当作出不批准逮捕或者不予逮捕的决定', en: 'no evidence yet proves a criminal fact: the arrest conditions are not met' },
    basis: { zh: '刑事诉讼法第八十一条第一款、第三款；《人民检察院刑事诉讼规则》第一百三十九条第（一）项', en: 'CPL 81(1) and 81(3); Procuratorate Rules art. 139(i)' },
  },
  'below-imprisonment': {
    id: 'below-imprisonment', kind: 'excluded',
    text: { zh: '可能判处管制、拘役或者独立适用附加刑，不符合“可能判处徒刑以上刑罚”的逮捕条件，应当作出不批准逮捕或者不予逮捕的决定', en: 'the likely sentence is below fixed-term imprisonment (public surveillance, criminal detention or a supplementary penalty alone): the arrest conditions are not met' },
    basis: { zh: '刑事诉讼法第八十一条第一款、第三款，第六十七条第一款第（一）项；《人民检察院刑事诉讼规则》第一百三十九条第（一）项', en: 'CPL 81(1), 81(3) and 67(1)(i); Procuratorate Rules art. 139(i)' },
  },
  'ten-years-plus': {
    id: 'ten-years-plus', kind: 'mandatory',
    text: { zh: '有证据证明有犯罪事实，可能判处十年有期徒刑以上刑罚，应当予以逮捕', en: 'evidence proves a criminal fact and the likely sentence is ten years or more: arrest is required' },
    basis: { zh: '刑事诉讼法第八十一条第三款', en: 'CPL 81(3)' },
  },
  'prior-intentional-crime': {
    id: 'prior-intentional-crime', kind: 'mandatory',
    text: { zh: '有证据证明有犯罪事实，可能判处徒刑以上刑罚，曾经故意犯罪，应当予以逮捕', en: 'evidence proves a criminal fact, the likely sentence is imprisonment and the suspect committed an intentional crime before: arrest is required' },
    basis: { zh: '刑事诉讼法第八十一条第三款', en: 'CPL 81(3)' },
  },
  'identity-unknown': {
    id: 'identity-unknown', kind: 'mandatory',
    text: { zh: '有证据证明有犯罪事实，可能判处徒刑以上刑罚，身份不明，应当予以逮捕', en: 'evidence proves a criminal fact, the likely sentence is imprisonment and the identity is unknown: arrest is required' },
    basis: { zh: '刑事诉讼法第八十一条第三款', en: 'CPL 81(3)' },
  },
};

/**
 * The override the law imposes on these conditions, if any. Exclusions are checked first: a case the
 * law does not prosecute (刑诉法 16) or does not allow to arrest cannot be mandatory.
 * - 刑诉法 16 ground → excluded.
 * - no evidence of a criminal fact → excluded, unless the suspect broke bail (81 ④ leaves it open).
 * - likely sentence below imprisonment → excluded, unless the suspect broke bail (81 ④).
 * - evidence + ten years or more → mandatory; evidence + imprisonment + prior intentional crime or unknown identity → mandatory (81 ③).
 */
export function legalOverride(c: ArrestConditions): LegalOverride | null {
  if (c.noCriminalLiability) return OVERRIDES['no-criminal-liability'];
  if (c.evidenceOfCrime === false && !c.bailViolation) return OVERRIDES['no-evidence'];
  if (c.penalty === 'below-imprisonment' && !c.bailViolation) return OVERRIDES['below-imprisonment'];
  if (c.evidenceOfCrime !== true) return null;
  if (c.penalty === 'ten-years-plus') return OVERRIDES['ten-years-plus'];
  const imprisonment = c.penalty === 'imprisonment';
  if (imprisonment && c.priorIntentionalCrime) return OVERRIDES['prior-intentional-crime'];
  if (imprisonment && c.identityUnknown) return OVERRIDES['identity-unknown'];
  return null;
}

/** Sum of the ticked items' weights; unknown ids are an error (the instrument changed under the panel). */
export function scoreOf(instrument: AssessmentInstrument, itemIds: readonly string[]): number {
  const byId = new Map(instrument.items.map((i) => [i.id, i]));
  let sum = 0;
  for (const id of new Set(itemIds)) {
    const item = byId.get(id);
    if (!item) throw new Error(`unknown assessment item ${id} (instrument version ${instrument.version})`);
    sum += item.weight;
  }
  return sum;
}

/** The band a score falls in: the last band whose `from` is at or below it. */
export function bandOf(instrument: AssessmentInstrument, score: number): AssessmentBand {
  let band = instrument.bands[0];
  for (const b of instrument.bands) if (b.from === undefined || score >= b.from) band = b;
  return band;
}

export interface AssessmentResult {
  score: number;
  /** The band of the score alone. */
  scoreBand: AssessmentBand;
  override: LegalOverride | null;
  /** What is synced: the override's kind when the law decides, else the score band's id. */
  band: string;
  suggests: BandSuggestion;
  ticked: AssessmentItem[];
}

export function assess(instrument: AssessmentInstrument, itemIds: readonly string[], conditions: ArrestConditions): AssessmentResult {
  const score = scoreOf(instrument, itemIds);
  const scoreBand = bandOf(instrument, score);
  const override = legalOverride(conditions);
  const ids = new Set(itemIds);
  return {
    score, scoreBand, override,
    band: override ? override.kind : scoreBand.id,
    suggests: override ? (override.kind === 'mandatory' ? 'arrest' : 'no-arrest') : scoreBand.suggests,
    ticked: instrument.items.filter((i) => ids.has(i.id)),
  };
}

export const DECISIONS = ['arrest', 'no-arrest'] as const;
export type ArrestDecision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<ArrestDecision, Bilingual> = {
  'arrest': { zh: '批准（决定）逮捕', en: 'arrest' },
  'no-arrest': { zh: '不批准（不予）逮捕', en: 'no arrest' },
};

/** A decision goes against the band when the band points the other way (`weigh` points nowhere). */
export function againstBand(suggests: BandSuggestion, decision: ArrestDecision): boolean {
  return (suggests === 'arrest' && decision === 'no-arrest') || (suggests === 'no-arrest' && decision === 'arrest');
}

/** The suggestion of a synced band id under an instrument (override ids included); undefined when unknown. */
export function suggestionOfBand(instrument: AssessmentInstrument, band: string): BandSuggestion | undefined {
  if (band === 'mandatory') return 'arrest';
  if (band === 'excluded') return 'no-arrest';
  return instrument.bands.find((b) => b.id === band)?.suggests;
}
