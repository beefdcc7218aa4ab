/** The forbidden-phrase rule as the Guard shows it: the notes box checks the text as the agent types. */
import { forbiddenPhraseCount } from '../phrases';
import type { RuleOf, RuleVerdict } from '../types';

export function forbiddenPhrases(rule: RuleOf<'forbiddenPhrases'>): RuleVerdict {
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: { zh: '笔记输入时检查禁用语', en: 'Notes are checked for forbidden phrases as you type' },
    numbers: {
      categories: rule.categories.length,
      phrases: forbiddenPhraseCount([rule]),
    },
  };
}
