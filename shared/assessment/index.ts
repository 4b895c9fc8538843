// shared/assessment: the 社会危险性量化评估 instrument (data), its schema, scoring with the legal
// overrides, and the drafted paragraph. Pure; zod only in instrument-schema.ts.
export * from './instrument';
export * from './score';
export * from './draft';
