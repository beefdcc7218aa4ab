/**
 * The names a pack gives its flags: the labels of its stop-flag rules, the first one for a code
 * winning. The panel shows a flag by this name (lib/script/flag-words.ts) and lint warns when a text
 * writes the code instead (lint-names.ts): one reading of the pack for both (content review 10).
 */
import type { Rule } from './schema';

export function stopFlagLabels(rules: readonly Rule[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const rule of rules) {
    if (rule.type !== 'stopFlag') continue;
    for (const flag of rule.flags) {
      const label = flag.label?.trim();
      if (label && !labels.has(flag.flag)) labels.set(flag.flag, label);
    }
  }
  return labels;
}
