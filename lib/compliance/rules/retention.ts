/** Retention as the Guard shows it; the background deletes expired rows (lib/db retention). */
import type { RuleOf, RuleVerdict } from '../types';

export function retention(rule: RuleOf<'retention'>): RuleVerdict {
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: {
      zh: `笔记保留 ${rule.notesDays} 天，通话记录保留 ${rule.callsDays} 天`,
      en: `Notes are kept ${rule.notesDays} days, call records ${rule.callsDays} days`,
    },
    numbers: { notesDays: rule.notesDays, callsDays: rule.callsDays },
  };
}
