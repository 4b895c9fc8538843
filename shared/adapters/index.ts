// shared/adapters: the adapter format (schema + pure parsers) and the adapters built into the extension.
import { isFieldId } from '../case/fields';
import { parseAdapter as parseWith, type AdapterSchemaOptions, type ParseAdapterResult } from './schema';
import { trainingSystemAdapter } from './training-system';

export {
  AdapterSchema, FieldLocatorSchema, PARSE_KINDS, createAdapterSchema, formatAdapterErrors,
} from './schema';
export type { Adapter, AdapterError, AdapterSchemaOptions, FieldLocator, LocatorKind, ParseAdapterResult } from './schema';
export {
  matchesAny, matchesPattern, parseAs, parseDate, parseDateTime, parseMatchPattern, parseNumber, parseYesNo,
  toHalfWidthDigits, toPermissionOrigin,
} from './parse';
export type { MatchPattern, ParseKind } from './parse';
export { trainingSystemAdapter } from './training-system';

/**
 * Validates an adapter (JSON text or value) against the format and the case-field registry.
 *
 * @example parseAdapter(pastedText) // { ok: false, errors: [{ path: 'fields.acceptDate', zh: '未知的案件字段…', en: 'unknown case field…' }] }
 */
export function parseAdapter(json: unknown, options: AdapterSchemaOptions = {}): ParseAdapterResult {
  return parseWith(json, { isKnownField: isFieldId, ...options });
}

/** Adapters that ship with the extension, as data (validated like any other at start-up). */
export const builtInAdapters: readonly unknown[] = [trainingSystemAdapter];
