// shared/api: the companion's request and response schemas, the only contract between the extension
// (and the dashboard) and the companion. Pure zod; strict objects, so unknown keys are rejected.
export * from './audit';
export * from './common';
export * from './events';
export * from './finding-ref';
export * from './ledger';
export * from './objections';
export * from './reports';
export * from './settings';
export * from './training';
export * from './users';
export * from './endpoints';
export * from './loop';
export * from './evaluation';
export * from './client';
export * from './assessments';
