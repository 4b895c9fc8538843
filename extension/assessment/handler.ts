// `assess/*` messages (issue 11), answered by the background for the side panel: the instrument in
// force (pulled from the companion, last good copy kept, the built-in starting point otherwise), the
// local assessment of a case (ticks, evidence, conditions, paragraph, decision, reason — kept ONLY in
// this browser's IndexedDB), and submitting the decision, which queues the record the companion may
// know: instrument version, item ids, score, band, decision, whether it went against the band.
import type { KyInstance } from 'ky';
import { AssessmentInstrumentSchema, createApiClient, type AssessmentRecord } from '../../shared/api/index';
import { BUILT_IN_INSTRUMENT, againstBand, assess, type AssessmentInstrument } from '../../shared/assessment/index';
import type { CaseLightDb, LocalAssessment } from '../store/db';
import { kyHttp } from '../sync/client';

import { ASSESSMENT_REASON_MAX, EVIDENCE_MAX } from './limits';

export type InstrumentSource = 'companion' | 'cached' | 'built-in';
export interface InstrumentAnswer { instrument: AssessmentInstrument; source: InstrumentSource }

/** What the side panel may change; the key, timestamps and submitted record are the background's. */
export type AssessmentDraft = Omit<LocalAssessment, 'key' | 'updatedAt' | 'submitted'>;

export type SubmitOutcome = { ok: true; record: AssessmentRecord; assessment: LocalAssessment } | { ok: false; error: { zh: string; en: string } };

export type AssessMessage =
  | { type: 'assess/instrument' }
  | { type: 'assess/get'; caseNumber: string; training: boolean }
  | { type: 'assess/save'; draft: AssessmentDraft }
  | { type: 'assess/submit'; caseNumber: string; training: boolean };

export interface AssessHandlerDeps {
  db: CaseLightDb;
  http: KyInstance;
  settings: () => Promise<{ companionUrl: string; token: string }>;
  /** The last good instrument, kept between worker starts (storage.local in the extension). */
  cache: { get(): Promise<unknown>; set(value: unknown): Promise<void> };
  /** After a record is queued: post it soon. */
  onQueued?: () => void;
  now?: () => number;
  newId?: () => string;
}

export const assessmentKey = (caseNumber: string, training: boolean) => `${training ? 't' : 'r'}|${caseNumber}`;

export function isAssessMessage(m: unknown): m is AssessMessage {
  const t = typeof m === 'object' && m !== null ? (m as { type?: unknown }).type : undefined;
  return typeof t === 'string' && t.startsWith('assess/');
}

const clip = (s: unknown, max: number) => (typeof s === 'string' ? s.slice(0, max) : '');

export function createAssessHandler(deps: AssessHandlerDeps) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  async function instrument(): Promise<InstrumentAnswer> {
    const { companionUrl, token } = await deps.settings();
    if (companionUrl.trim() && token.trim()) {
      try {
        const call = createApiClient(kyHttp(deps.http), { baseUrl: companionUrl, token: () => token });
        const answer = await call('assessmentInstrument');
        if (answer.ok) {
          const { updatedAt: _u, ...i } = answer.data;
          await deps.cache.set(i);
          return { instrument: i as AssessmentInstrument, source: 'companion' };
        }
      } catch {
        // offline: fall back below
      }
    }
    const cached = AssessmentInstrumentSchema.safeParse({ ...(await deps.cache.get() as object ?? {}), updatedAt: null });
    if (cached.success) {
      const { updatedAt: _u, ...i } = cached.data;
      return { instrument: i as AssessmentInstrument, source: 'cached' };
    }
    return { instrument: BUILT_IN_INSTRUMENT, source: 'built-in' };
  }

  async function save(draft: AssessmentDraft): Promise<LocalAssessment> {
    if (typeof draft?.caseNumber !== 'string' || draft.caseNumber === '') throw new Error('assess/save needs a case number');
    const key = assessmentKey(draft.caseNumber, draft.training === true);
    const previous = await deps.db.assessments.get(key);
    const evidence: Record<string, string> = {};
    for (const [id, text] of Object.entries(draft.evidence ?? {})) if (typeof text === 'string' && text.trim()) evidence[id] = clip(text, EVIDENCE_MAX);
    const row: LocalAssessment = {
      key, caseNumber: draft.caseNumber, training: draft.training === true, instrumentVersion: draft.instrumentVersion,
      itemIds: [...new Set(draft.itemIds)], evidence, conditions: draft.conditions,
      ...(typeof draft.paragraph === 'string' ? { paragraph: draft.paragraph } : {}),
      ...(draft.decision ? { decision: draft.decision } : {}),
      ...(typeof draft.reason === 'string' && draft.reason.trim() ? { reason: clip(draft.reason, ASSESSMENT_REASON_MAX) } : {}),
      ...(previous?.submitted ? { submitted: previous.submitted } : {}),
      updatedAt: now(),
    };
    await deps.db.assessments.put(row);
    return row;
  }

  async function submit(caseNumber: string, training: boolean): Promise<SubmitOutcome> {
    const row = await deps.db.assessments.get(assessmentKey(caseNumber, training));
    if (!row) return { ok: false, error: { zh: '尚未评估此案', en: 'This case has not been assessed' } };
    if (!row.decision) return { ok: false, error: { zh: '请先选择决定', en: 'Choose the decision first' } };
    const { instrument: current } = await instrument();
    if (current.version !== row.instrumentVersion) {
      return { ok: false, error: { zh: `评估表已更新为第${current.version}版，请重新核对勾选项后提交`, en: `The instrument is now version ${current.version}: check the ticks again, then submit` } };
    }
    let result;
    try {
      result = assess(current, row.itemIds, row.conditions);
    } catch {
      return { ok: false, error: { zh: '勾选项不在当前评估表中，请重新核对', en: 'A ticked item is not in the instrument: check the ticks again' } };
    }
    const against = againstBand(result.suggests, row.decision);
    if (against && !row.reason?.trim()) return { ok: false, error: { zh: '决定与评估分档不一致，请说明理由', en: 'The decision goes against the band: give a reason' } };
    const record: AssessmentRecord = {
      id: newId(), caseNumber, instrumentVersion: current.version, itemIds: [...row.itemIds].sort(), score: result.score, band: result.band,
      decision: row.decision, againstBand: against, training, assessedAt: new Date(now()).toISOString(),
    };
    const updated: LocalAssessment = { ...row, submitted: record, updatedAt: now() };
    await deps.db.transaction('rw', deps.db.assessments, deps.db.assessmentOutbox, async () => {
      await deps.db.assessments.put(updated);
      await deps.db.assessmentOutbox.add({ id: record.id, record, enqueuedAt: now() });
    });
    deps.onQueued?.();
    return { ok: true, record, assessment: updated };
  }

  return async (message: AssessMessage, from: { extensionPage: boolean }): Promise<unknown> => {
    // Evidence and reasons are case facts: only extension pages (the side panel) read or write them.
    if (!from.extensionPage) throw new Error('assess/* messages come from extension pages only');
    switch (message.type) {
      case 'assess/instrument': return instrument();
      case 'assess/get': return (await deps.db.assessments.get(assessmentKey(String(message.caseNumber), message.training === true))) ?? null;
      case 'assess/save': return save(message.draft);
      case 'assess/submit': return submit(String(message.caseNumber), message.training === true);
      default: throw new Error(`unknown assess message: ${(message as { type: string }).type}`);
    }
  };
}
