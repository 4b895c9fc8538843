import { decide } from '../shared/engine/index.ts';
import { readCaseSnapshot } from '../shared/case/index.ts';
const REALISTIC = JSON.parse(process.env.R!);
const read = readCaseSnapshot(REALISTIC);
const t0 = Date.now();
let n = 0;
while (Date.now() - t0 < 6000) { decide(read, { today: '2025-10-05' }); n++; }
console.log(n, 'runs', (6000 * 1000 / n).toFixed(2), 'us/run');
