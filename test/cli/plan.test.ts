/** `npm run -s plan`: JSON in on stdin, JSON out on stdout; invalid input exits non-zero with the reason. */
import { spawnSync } from 'node:child_process';
import { cnPolicy } from '../unit/plan/fixtures';

function plan(stdin: string, args: string[] = []) {
  const run = spawnSync('npx', ['tsx', 'cli/plan.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('plan CLI', () => {
  it('prints the computed plan as JSON: schedule, totals, annualised rates, verdict, read-back', () => {
    const request = {
      type: 'instalmentFlat',
      balance: 1_000_000,
      periods: 12,
      today: '2026-02-15',
      policy: cnPolicy,
    };
    const { code, stdout, stderr } = plan(JSON.stringify(request));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.schedule).toHaveLength(12);
    expect(result.schedule[0]).toMatchObject({
      dueDate: '2026-03-15',
      principal: 83_337,
      fee: 6_000,
      payment: 89_337,
    });
    expect(result.totals).toMatchObject({ fee: 72_000, paid: 1_072_000 });
    expect(result.annualised.nominal).toBeCloseTo(0.1303, 4);
    expect(result).toMatchObject({ verdict: 'ok', violations: [], policyId: 'cn-m2' });
    expect(result.readBack.text).toContain('每期手续费¥60.00，手续费合计¥720.00');
  });

  it('reports policy violations in the JSON (a valid request the policy refuses still exits 0)', () => {
    const request = {
      type: 'settlement',
      balance: 1_000_000,
      discountRate: 0.35,
      today: '2026-02-15',
      policy: cnPolicy,
    };
    const { code, stdout } = plan(JSON.stringify(request));
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.verdict).toBe('refused');
    expect(result.violations[0]).toMatchObject({
      limit: 'settlement.supervisorMaxDiscountRate',
      allowed: 0.3,
    });
  });

  it('refuses input that is not JSON', () => {
    const { code, stdout, stderr } = plan('{"type": "full",');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^plan: stdin is not valid JSON/);
  });

  it('refuses empty input', () => {
    const { code, stderr } = plan('');
    expect(code).toBe(1);
    expect(stderr).toContain('stdin is empty');
  });

  it('refuses an invalid request with every reason', () => {
    const { code, stdout, stderr } = plan(
      JSON.stringify({
        type: 'instalmentFlat',
        balance: 1e13,
        periods: 0,
        monthlyFeeRate: 1.5,
        today: '2026-02-30',
        downPayment: -1,
      }),
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'plan: invalid request (5 problems):',
        '  - balance: balance must not be above 10^12 minor units (got 10000000000000)',
        '  - downPayment: downPayment must not be negative (got -1)',
        '  - periods: periods must be at least 1 (got 0)',
        '  - monthlyFeeRate: monthlyFeeRate must not be over 100 % (1) (got 1.5)',
        '  - today: the date 2026-02-30 does not exist',
        '',
      ].join('\n'),
    );
  });

  it('refuses a request that is valid field by field but not as a whole', () => {
    const { code, stderr } = plan(
      JSON.stringify({
        type: 'personalised',
        balance: 100_000,
        periods: 12,
        monthlyFeeRate: 0,
        today: '2026-02-15',
      }),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('hardship: a personalised instalment is for hardship accounts only');
  });

  it('prints usage for --help and refuses unknown arguments', () => {
    expect(plan('', ['--help'])).toMatchObject({ code: 0 });
    expect(plan('', ['--help']).stdout).toContain('usage: npm run -s plan');
    const bad = plan('{}', ['--verbose']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unexpected argument --verbose');
  });
});
