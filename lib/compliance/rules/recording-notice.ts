/** Notices that must be given before a phase of the call (recording notice, mini-Miranda). */
import type { LocalizedText } from '../../i18n/text';
import type { Phase } from '../../pack/schema';
import type { ComplianceInput, RuleOf, RuleVerdict } from '../types';

/**
 * How far into the call a phase is. Third-party talk happens instead of identification; escalation
 * comes after negotiating, like a commitment.
 */
const PHASE_RANK: Record<Phase, number> = {
  identify: 0,
  thirdParty: 0,
  disclose: 1,
  understand: 2,
  negotiate: 3,
  commit: 4,
  escalate: 4,
  close: 5,
};

const PHASE_TEXT: Record<Phase, LocalizedText> = {
  identify: { zh: '核实身份', en: 'identify' },
  thirdParty: { zh: '第三方', en: 'third party' },
  disclose: { zh: '告知', en: 'disclose' },
  understand: { zh: '了解情况', en: 'understand' },
  negotiate: { zh: '协商还款', en: 'negotiate' },
  commit: { zh: '承诺还款', en: 'commit' },
  escalate: { zh: '进一步措施', en: 'escalate' },
  close: { zh: '结束', en: 'close' },
};

export function recordingNotice(rule: RuleOf<'recordingNotice'>, input: ComplianceInput): RuleVerdict {
  const ticked = input.call?.ticked ?? {};
  const pending = rule.items.filter((item) => ticked[item] === undefined);
  const numbers = {
    items: rule.items.length,
    ticked: rule.items.length - pending.length,
    pending: pending.join(','),
    beforePhase: rule.beforePhase,
  };
  const base = { ruleId: rule.id, type: rule.type, numbers };
  // The agent reads each item's text (issue 15 §4); the id stays in `numbers` for the record.
  const list = pending.map((item) => input.itemText?.[item] ?? item).join('；');
  if (pending.length === 0) {
    return { ...base, level: 'ok', message: { zh: '必读告知已完成', en: 'Required notices given' } };
  }
  const phase = input.call?.phase ?? null;
  const mustSay = {
    zh: `须在「${PHASE_TEXT[rule.beforePhase].zh}」阶段前告知：${list}`,
    en: `Must be said before the ${PHASE_TEXT[rule.beforePhase].en} stage: ${list}`,
  };
  if (!input.call || phase === null) return { ...base, level: 'ok', message: mustSay };
  const gap = PHASE_RANK[rule.beforePhase] - PHASE_RANK[phase];
  if (gap <= 0) {
    return {
      ...base,
      level: rule.severity,
      message: {
        zh: `已进入「${PHASE_TEXT[phase].zh}」阶段，尚未告知：${list}`,
        en: `The call is at the ${PHASE_TEXT[phase].en} stage but these were not said: ${list}`,
      },
    };
  }
  // One stage away: the next step would break the rule, so say so now.
  return { ...base, level: gap === 1 ? 'warn' : 'ok', message: mustSay };
}
