// shared/ledger: points arithmetic of the defect ledger (办案瑕疵累计积分). Pure; no I/O.
export * from './time';
export * from './thresholds';
export * from './defects';
export * from './figures';
