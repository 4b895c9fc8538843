// The assessment panel's model (side panel, issue 11): the instrument, what the prosecutor ticked and
// wrote, and what follows — score, band, override, drafted paragraph, whether the decision goes
// against the band. Everything is saved through the background into this browser's IndexedDB; only
// submit queues the record the companion may know.
import { computed, signal } from '@preact/signals';
import {
  NO_CONDITIONS, againstBand, assess, draftParagraph, type ArrestConditions, type ArrestDecision, type AssessmentInstrument,
} from '../../shared/assessment/index';
import type { LocalAssessment } from '../store/db';
import type { AssessMessage, AssessmentDraft, InstrumentAnswer, InstrumentSource, SubmitOutcome } from './handler';

export interface AssessmentModelDeps {
  send(message: AssessMessage): Promise<unknown>;
}

export function createAssessmentModel(deps: AssessmentModelDeps) {
  const instrument = signal<AssessmentInstrument | null>(null);
  const source = signal<InstrumentSource>('built-in');
  const caseNumber = signal<string | null>(null);
  const training = signal(false);
  const ticked = signal<string[]>([]);
  const evidence = signal<Record<string, string>>({});
  const conditions = signal<ArrestConditions>(NO_CONDITIONS);
  const paragraph = signal<string | null>(null);
  const decision = signal<ArrestDecision | null>(null);
  const reason = signal('');
  const submitted = signal<LocalAssessment['submitted'] | null>(null);
  const problem = signal<{ zh: string; en: string } | null>(null);
  const busy = signal(false);

  const result = computed(() => (instrument.value ? assess(instrument.value, ticked.value, conditions.value) : null));
  const draft = computed(() => (instrument.value && result.value ? draftParagraph({ instrument: instrument.value, result: result.value, evidence: evidence.value }) : ''));
  const text = computed(() => paragraph.value ?? draft.value);
  const against = computed(() => (result.value && decision.value ? againstBand(result.value.suggests, decision.value) : false));

  function draftNow(): AssessmentDraft | null {
    const i = instrument.peek();
    const cn = caseNumber.peek();
    if (!i || !cn) return null;
    return {
      caseNumber: cn, training: training.peek(), instrumentVersion: i.version, itemIds: ticked.peek(), evidence: evidence.peek(),
      conditions: conditions.peek(), ...(paragraph.peek() === null ? {} : { paragraph: paragraph.peek()! }),
      ...(decision.peek() ? { decision: decision.peek()! } : {}), ...(reason.peek().trim() ? { reason: reason.peek() } : {}),
    };
  }
  let saving: Promise<unknown> = Promise.resolve();
  function save() {
    const d = draftNow();
    if (!d) return saving;
    saving = saving.then(() => deps.send({ type: 'assess/save', draft: d })).catch(() => undefined);
    return saving;
  }
  const changed = <T>(s: { value: T }, v: T) => { s.value = v; submitted.value = null; problem.value = null; void save(); };

  return {
    instrument, source, caseNumber, training, ticked, evidence, conditions, paragraph, decision, reason, submitted, problem, busy,
    result, draft, text, against,
    /** Opens the assessment of a case (loading what this browser kept of it). */
    async open(cn: string, isTraining: boolean) {
      if (caseNumber.peek() === cn && training.peek() === isTraining && instrument.peek()) return;
      const answer = (await deps.send({ type: 'assess/instrument' })) as InstrumentAnswer;
      const local = (await deps.send({ type: 'assess/get', caseNumber: cn, training: isTraining })) as LocalAssessment | null;
      instrument.value = answer.instrument;
      source.value = answer.source;
      caseNumber.value = cn;
      training.value = isTraining;
      const known = new Set(answer.instrument.items.map((i) => i.id));
      ticked.value = (local?.itemIds ?? []).filter((id) => known.has(id));
      evidence.value = local?.evidence ?? {};
      conditions.value = local?.conditions ?? NO_CONDITIONS;
      paragraph.value = local?.paragraph ?? null;
      decision.value = local?.decision ?? null;
      reason.value = local?.reason ?? '';
      submitted.value = local?.submitted ?? null;
      problem.value = null;
    },
    toggle(id: string, on: boolean) {
      changed(ticked, on ? [...new Set([...ticked.peek(), id])] : ticked.peek().filter((x) => x !== id));
    },
    setEvidence(id: string, value: string) { changed(evidence, { ...evidence.peek(), [id]: value }); },
    setCondition<K extends keyof ArrestConditions>(key: K, value: ArrestConditions[K]) {
      const next = { ...conditions.peek(), [key]: value };
      if (value === undefined) delete next[key];
      changed(conditions, next);
    },
    setParagraph(value: string) { changed(paragraph, value); },
    redraft() { changed(paragraph, null); },
    setDecision(value: ArrestDecision) { changed(decision, value); },
    setReason(value: string) { changed(reason, value); },
    async submit(): Promise<SubmitOutcome | null> {
      const cn = caseNumber.peek();
      if (!cn) return null;
      if (against.peek() && !reason.peek().trim()) {
        problem.value = { zh: '决定与评估分档不一致，请说明理由', en: 'The decision goes against the band: give a reason' };
        return null;
      }
      busy.value = true;
      try {
        await save();
        const out = (await deps.send({ type: 'assess/submit', caseNumber: cn, training: training.peek() })) as SubmitOutcome;
        if (out.ok) submitted.value = out.record;
        else problem.value = out.error;
        return out;
      } catch (e) {
        problem.value = { zh: `提交失败：${String(e)}`, en: `Could not submit: ${String(e)}` };
        return null;
      } finally {
        busy.value = false;
      }
    },
  };
}
export type AssessmentModel = ReturnType<typeof createAssessmentModel>;
