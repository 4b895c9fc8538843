// CaseSnapshotSchema: the strict zod schema of a snapshot, for data CaseLight produces (tests,
// the training system). The engine and the content script read host data with readCaseSnapshot
// (snapshot.ts), which needs no zod.
import { z } from 'zod';
import { isCivilDate } from '../calendar';
import { FIELDS, type FieldDef } from './fields';
import { inCaseRange, isCivilDateTime, TEXT_MAX, type CaseSnapshot } from './snapshot';

function zodFor(def: FieldDef): z.ZodType {
  switch (def.type) {
    case 'date':
      return z.string().refine((d) => isCivilDate(d) && inCaseRange(d), { message: 'expected an existing date YYYY-MM-DD (1900–2199)' });
    case 'datetime':
      return z.string().refine((d) => isCivilDateTime(d) && inCaseRange(d.slice(0, 10)), { message: 'expected YYYY-MM-DDTHH:mm (1900–2199)' });
    case 'boolean':
      return z.boolean();
    case 'number': {
      let n = def.integer ? z.number().int() : z.number();
      if (def.min !== undefined) n = n.min(def.min);
      if (def.max !== undefined) n = n.max(def.max);
      return n;
    }
    case 'enum':
      return z.enum([...(def.values ?? [])] as [string, ...string[]]);
    case 'text':
      return z.string().max(TEXT_MAX);
  }
}

/**
 * The strict schema: every value must already be canonical. Unknown keys are stripped. Use it for
 * data CaseLight produces (adapters' output in tests, the training system); the engine reads host
 * data with {@link readCaseSnapshot} instead.
 *
 * @example CaseSnapshotSchema.parse({ procedure: 'prosecution-review', acceptedOn: '2025-09-08' })
 */
export const CaseSnapshotSchema = z.object(
  Object.fromEntries(FIELDS.map((f: FieldDef) => [f.id, zodFor(f).optional()])),
) as unknown as z.ZodType<CaseSnapshot>;

