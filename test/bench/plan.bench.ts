/**
 * Plan calculator figures (issue 6): what the panel pays per keystroke. computePlan for the
 * plan types (validation, schedule, IRR, policy, read-back), the IRR alone on 60 payments, and
 * suggestOptions ("what can they pay a month?") which computes every candidate. Median and p95.
 */
import { suggestOptions } from '../../lib/plan/options';
import { monthlyIrr } from '../../lib/plan/rate';
import { computePlan, type PlanRequest } from '../../lib/plan/request';
import { cnPolicy, usPolicy } from '../unit/plan/fixtures';

function measure(run: () => unknown, iterations: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(50, iterations); i++) run(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    p95: times[Math.floor(times.length * 0.95)] ?? 0,
  };
}

const today = '2026-01-31';
const cases: [string, () => unknown, number][] = [
  [
    'computePlan: flat fee, 12 periods, with policy',
    () => computePlan({ type: 'instalmentFlat', balance: 1_000_000, periods: 12, today, policy: cnPolicy }),
    2_000,
  ],
  [
    'computePlan: personalised, 60 periods',
    () =>
      computePlan({
        type: 'personalised',
        balance: 3_800_000,
        periods: 60,
        hardship: true,
        today,
        policy: cnPolicy,
      }),
    2_000,
  ],
  [
    'computePlan: amortising, 24 periods, en-US',
    () =>
      computePlan({
        type: 'instalmentAmortising',
        balance: 500_000,
        downPayment: 50_000,
        periods: 24,
        today,
        policy: usPolicy,
        currency: 'USD',
        locale: 'en-US',
      } satisfies PlanRequest),
    2_000,
  ],
  [
    'computePlan: deferral 3 + 6, accrue',
    () =>
      computePlan({
        type: 'deferral',
        balance: 1_000_000,
        deferralMonths: 3,
        periods: 6,
        today,
        policy: cnPolicy,
      }),
    2_000,
  ],
  [
    'monthlyIrr: 60 payments',
    () =>
      monthlyIrr(
        3_800_000,
        Array.from({ length: 60 }, (_, i) => ({ month: i + 1, amount: 70_000 })),
      ),
    5_000,
  ],
  [
    'suggestOptions: ¥800/month, hardship (≈ 20 candidates)',
    () =>
      suggestOptions({
        balance: 1_000_000,
        monthlyAmount: 80_000,
        policy: cnPolicy,
        today,
        hardship: true,
        currency: 'CNY',
        locale: 'zh-CN',
      }),
    300,
  ],
  [
    'suggestOptions: ¥100/month, nothing fits (personalised scanned to 60)',
    () =>
      suggestOptions({
        balance: 3_800_000,
        monthlyAmount: 10_000,
        policy: cnPolicy,
        today,
        hardship: true,
        currency: 'CNY',
        locale: 'zh-CN',
      }),
    100,
  ],
];

export default async function planBench(): Promise<string> {
  const rows = cases.map(([name, run, iterations]) => {
    const { median, p95 } = measure(run, iterations);
    return `| ${name} | ${iterations} | ${median.toFixed(3)} | ${p95.toFixed(3)} |`;
  });
  return [
    '## Plan calculator (issue 6)',
    '',
    '| operation | runs | median ms | p95 ms |',
    '|---|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
