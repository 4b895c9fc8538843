// computeDeadline throughput per unit: every rule check on every form edit calls it, so it must
// stay far above the 500k calls/s floor on a 2-core machine.
import { Bench } from 'tinybench';
import { computeDeadline, type DeadlineInput, type PeriodUnit } from '../shared/calendar';

const FLOOR = 500_000;

const STARTS = [
  '2024-01-31', '2024-02-29', '2024-04-30', '2024-09-27', '2024-12-31',
  '2025-01-30', '2025-03-20', '2025-04-18', '2025-04-30', '2025-08-31',
  '2025-09-08', '2025-09-23', '2025-09-24', '2025-09-26', '2025-09-28',
  '2025-09-30', '2025-12-20', '2026-01-23', '2026-02-13', '2026-09-25',
];
const AMOUNTS: Record<PeriodUnit, number[]> = {
  day: [3, 7, 10, 15, 20, 30],
  month: [1, 2, 3, 6, 12],
  workday: [1, 3, 5, 10],
};

function inputs(unit: PeriodUnit): DeadlineInput[] {
  const out: DeadlineInput[] = [];
  STARTS.forEach((start, i) => {
    for (const amount of AMOUNTS[unit]) {
      out.push({ start, period: { amount, unit }, inCustody: (i + amount) % 2 === 0 });
    }
  });
  return out;
}

export default async function benchCalendar(): Promise<boolean> {
  const bench = new Bench({ time: 1000, warmupTime: 200 });
  const batches = new Map<string, number>();
  let sink = 0;
  for (const unit of ['day', 'month', 'workday'] as const) {
    const batch = inputs(unit);
    batches.set(unit, batch.length);
    // One task iteration runs the whole batch, so timer overhead does not swamp a ~100 ns call.
    bench.add(unit, () => {
      for (let i = 0; i < batch.length; i++) sink += computeDeadline(batch[i]).due.length;
    });
  }
  await bench.run();
  let ok = true;
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== 'completed') {
      console.log(`${task.name.padEnd(8)} ${r.state}`);
      ok = false;
      continue;
    }
    const perSecond = (batches.get(task.name)! * 1000) / r.period;
    const pass = perSecond >= FLOOR;
    ok &&= pass;
    console.log(
      `computeDeadline ${task.name.padEnd(8)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} calls/s ` +
        `(±${r.latency.rme.toFixed(1)}%)  floor ${FLOOR.toLocaleString('en-US')}  ${pass ? 'ok' : 'BELOW FLOOR'}`,
    );
  }
  if (sink === 0) console.log('(unreachable: keeps the results alive)');
  return ok;
}
