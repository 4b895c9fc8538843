// shared/adapters: the adapter format (schema + pure parsers) and the adapters built into the extension.
import { trainingSystemAdapter } from './training-system';

export {
  AdapterSchema, AnchorSchema, FieldLocatorSchema, PARSE_KINDS, READ_KINDS, createAdapterSchema, fieldAnchors, formatAdapterErrors, parseAdapter,
} from './schema';
export type { Adapter, AdapterError, AdapterSchemaOptions, FieldLocator, LocatorKind, ParseAdapterResult, ReadKind } from './schema';
export { ANCHOR_KINDS, anchorKind, anchorValue, isGeneratedId, selectorUsesGeneratedId } from './anchors';
export type { Anchor, AnchorKind } from './anchors';
export {
  compileDateFormat, matchesAny, matchesPattern, parseAs, parseWithFormat, parseDate, parseDateTime, parseMatchPattern, parseNumber, parseYesNo,
  toHalfWidthDigits, toPermissionOrigin,
} from './parse';
export type { DateFormat, MatchPattern, ParseKind } from './parse';
export { trainingSystemAdapter } from './training-system';

/** Adapters that ship with the extension, as data (validated like any other at start-up). */
export const builtInAdapters: readonly unknown[] = [trainingSystemAdapter];
