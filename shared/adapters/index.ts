// shared/adapters: the adapter format (schema + pure parsers) and the adapters built into the extension.
import { trainingSystemAdapter } from './training-system';

export {
  AdapterSchema, FieldLocatorSchema, PARSE_KINDS, createAdapterSchema, formatAdapterErrors, parseAdapter,
} from './schema';
export type { Adapter, AdapterError, AdapterSchemaOptions, FieldLocator, LocatorKind, ParseAdapterResult } from './schema';
export {
  matchesAny, matchesPattern, parseAs, parseDate, parseDateTime, parseMatchPattern, parseNumber, parseYesNo,
  toHalfWidthDigits, toPermissionOrigin,
} from './parse';
export type { MatchPattern, ParseKind } from './parse';
export { trainingSystemAdapter } from './training-system';

/** Adapters that ship with the extension, as data (validated like any other at start-up). */
export const builtInAdapters: readonly unknown[] = [trainingSystemAdapter];
