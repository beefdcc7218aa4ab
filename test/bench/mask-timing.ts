/**
 * Masking time on a long note (review of session 6, item 4): the probe's lines (written before the
 * masker, test/fixtures/privacy/mask-probe.ts), joined by line breaks and repeated to 20,000
 * characters, masked 20 times after 3 warm-up runs; the median is printed.
 *
 *   npx tsx test/bench/mask-timing.ts
 *
 * MASK_MODULE=<path to mask.ts> times another copy of the masker (e.g. the code before a change,
 * checked out elsewhere); both are timed alternately in one process so load on the machine falls
 * on both alike.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as MaskModule from '../../lib/privacy/mask/mask';
import { PROBE_NEAR_MISSES, PROBE_POSITIVES } from '../fixtures/privacy/mask-probe';
import { median } from './median';

const LENGTH = 20_000;
const RUNS = 20;
const WARM_UP = 3;

function probeText(): string {
  const lines = [...PROBE_POSITIVES.map(([typed]) => typed), ...PROBE_NEAR_MISSES].join('\n');
  let text = '';
  while (text.length < LENGTH) text += `${lines}\n`;
  return text.slice(0, LENGTH);
}

const root = resolve(import.meta.dirname, '../..');
const load = async (path: string) => (await import(pathToFileURL(path).href)) as typeof MaskModule;
const maskers: [string, typeof MaskModule][] = [
  ['this', await load(resolve(root, 'lib/privacy/mask/mask.ts'))],
];
if (process.env.MASK_MODULE) maskers.push(['other', await load(resolve(process.env.MASK_MODULE))]);

const text = probeText();
const times = new Map<string, number[]>(maskers.map(([name]) => [name, []]));
for (let run = 0; run < WARM_UP + RUNS; run++) {
  for (const [name, mask] of maskers) {
    const started = performance.now();
    mask.maskPersonalNumbers(text);
    const took = performance.now() - started;
    if (run >= WARM_UP) times.get(name)?.push(took);
  }
}
for (const [name, mask] of maskers) {
  const result = mask.maskPersonalNumbers(text);
  const counted = result.masked.map(({ kind, count }) => `${kind} ${count}`).join(', ');
  console.log(
    `${name}: ${text.length} characters, median ${median(times.get(name) ?? []).toFixed(1)} ms of ${RUNS} (${counted})`,
  );
}
