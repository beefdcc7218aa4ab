/**
 * Two fields of one adapter that the extractor finds by the same label (after it strips invisible
 * characters and a trailing colon and folds them, `labelKey`) read the same cell: the balance would show
 * the overdue amount (red team 9). Same label in different selector scopes is fine.
 */

import { labelKey } from '../crm/extract';
import type { LocalizedText } from '../i18n/text';
import { packError } from './errors';
import type { GateFinding } from './lint-gate';
import type { Pack } from './schema';

export function duplicateLabelFindings(pack: Pack): GateFinding[] {
  const findings: GateFinding[] = [];
  for (const [a, adapter] of pack.crm.adapters.entries()) {
    const seen = new Map<string, string>();
    const specs = [['accountKey', adapter.accountKey], ...Object.entries(adapter.fields)] as const;
    for (const [name, spec] of specs) {
      if (spec?.label === undefined) continue;
      const key = `${spec.selector ?? ''}\u0000${labelKey(spec.label)}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, name);
        continue;
      }
      const path = name === 'accountKey' ? ['accountKey', 'label'] : ['fields', name, 'label'];
      findings.push({
        severity: 'error',
        ...packError(['crm', 'adapters', a, ...path], 'duplicateLabel', labelText(first, name)),
      });
    }
  }
  return findings;
}

const labelText = (first: string, second: string): LocalizedText => ({
  zh: `字段 ${second} 和 ${first} 用同一个标签读取：两者会显示同一个值，请改用各自的标签或加上 selector`,
  en: `Fields ${second} and ${first} are read by the same label: both would show the same value; give each its own label or a selector`,
});
