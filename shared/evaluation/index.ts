// 综合评价 (Tianjin) and 检察长差异化考评 (Heilongjiang): indicator sets as data, their validation and
// classes, and who a unit's figures count to by tenure.
export * from './indicators';
export * from './attribution';
