// The registry: one line per rule, sorted by rule id; the export name is the id in camelCase.
// Adding a rule = its file + its test + one line here (the catalogue meta-test checks all three).
export { default as noticeSuspectCounsel3d } from './notice-suspect-counsel-3d';
