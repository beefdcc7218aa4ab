/**
 * `npm run -s plan`: a plan request as JSON on stdin → the result as JSON on stdout (schedule,
 * totals, annualised rates, policy verdict and violations, read-back), so quality leads can check
 * and script policy numbers. Invalid input exits 1 with every reason on stderr; usage errors exit 2.
 *
 *   echo '{"type":"instalmentFlat","balance":1000000,"periods":12,"monthlyFeeRate":0.006,"today":"2026-02-15"}' \
 *     | npm run -s plan
 */
import { computePlan, parsePlanRequest } from '../lib/plan/request';

const USAGE = `usage: npm run -s plan < request.json

Reads one plan request (JSON) on stdin and prints the computed plan (JSON) on stdout.
Money is in integer minor units (fen / cents); rates are decimals (0.006 = 0.6 %).

Fields: type (full | minimum | instalmentFlat | instalmentAmortising | deferral | personalised |
settlement), balance, today (yyyy-mm-dd), and as the type needs: firstDueDate, minimumDue,
downPayment, periods, monthlyFeeRate, apr, deferralMonths, deferralInterest (accrue | frozen),
deferralMonthlyRate, settlementAmount or discountRate, payments, hardship, policy (a pack
planPolicy), locale (zh-CN | en-US), currency (CNY | USD …).
`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`plan: unexpected argument ${args[0]}\n\n${USAGE}`);
    return 2;
  }
  if (process.stdin.isTTY) {
    process.stderr.write(`plan: no request on stdin\n\n${USAGE}`);
    return 2;
  }
  const text = await readStdin();
  if (text.trim() === '') {
    process.stderr.write('plan: stdin is empty; expected a plan request as JSON\n');
    return 1;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`plan: stdin is not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const parsed = parsePlanRequest(input);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  - ${p.path}: ${p.message.en}`);
    process.stderr.write(
      `plan: invalid request (${parsed.problems.length} problem${parsed.problems.length > 1 ? 's' : ''}):\n${lines.join('\n')}\n`,
    );
    return 1;
  }
  const result = computePlan(parsed.request);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`plan: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
