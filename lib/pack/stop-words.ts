/**
 * Whether a stop flag that does not say `stops` looks like one that stops collection, for the lint
 * (lib/pack/lint-compliance.ts): a well-known code, or a code or label with the words banks use for
 * an attorney, a death, a bankruptcy, a cease request, a dispute or a crisis. A bank's `ATTY`
 * labelled 已委托律师 without `stops` takes plans on a represented account: the author is told.
 */

import type { FlagSpec } from '../compliance/flag-codes';
import { flagKey, WELL_KNOWN_STOPS } from '../compliance/flag-codes';
import { foldText } from '../text/fold';

/** Folded words (lower case, simplified): a code or label containing one looks like a stop. */
const STOP_WORDS = [
  'attorney',
  'lawyer',
  'counsel',
  'represented',
  'atty',
  'deceased',
  'death',
  'died',
  'estate',
  'bankrupt',
  'cease',
  'stop contact',
  'do not contact',
  'dispute',
  'crisis',
  'self-harm',
  'suicid',
  '律师',
  '身故',
  '已故',
  '死亡',
  '去世',
  '破产',
  '债务重整',
  '停催',
  '止催',
  '停止催收',
  '暂停催收',
  '停止联系',
  '争议',
  '异议',
  '危机',
  '轻生',
  '自杀',
];

export function looksLikeStop(spec: Pick<FlagSpec, 'flag' | 'label'>): boolean {
  if (WELL_KNOWN_STOPS.has(flagKey(spec.flag))) return true;
  const text = `${foldText(spec.flag)} ${foldText(spec.label ?? '')}`;
  return STOP_WORDS.some((word) => text.includes(word));
}
