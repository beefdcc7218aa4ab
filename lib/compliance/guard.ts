/**
 * The Guard bar's one line: the worst verdict's colour, the numbers an agent checks before
 * dialling (`当地时间 21:47 · 今日第 4 次 · 7 天内 5 次`) and the reasons behind amber or red.
 */
import type { Locale } from '../i18n';
import type { LocalizedText } from '../i18n/text';
import type { Verdict, VerdictLevel } from './evaluate';

export interface GuardSummary {
  level: VerdictLevel;
  headline: string;
  /** Messages of the verdicts that are not ok: blocks first, then warnings, each in rule order. */
  reasons: LocalizedText[];
  /** Rule ids behind `reasons`, in the same order (the UI links each reason to its rule). */
  ruleIds: string[];
}

const RANK: Record<VerdictLevel, number> = { ok: 0, warn: 1, block: 2 };

export function worstLevel(verdicts: readonly Verdict[]): VerdictLevel {
  return verdicts.reduce<VerdictLevel>((worst, v) => (RANK[v.level] > RANK[worst] ? v.level : worst), 'ok');
}

const FALLBACK: Record<VerdictLevel, LocalizedText> = {
  ok: { zh: '合规检查通过', en: 'All checks pass' },
  warn: { zh: '请注意合规提示', en: 'Check the compliance notes' },
  block: { zh: '禁止继续：存在合规阻断', en: 'Blocked by a compliance rule' },
};

function numberOf(
  verdicts: readonly Verdict[],
  type: Verdict['type'],
  key: string,
): number | string | undefined {
  for (const v of verdicts) if (v.type === type && v.numbers[key] !== undefined) return v.numbers[key];
  return undefined;
}

/** What an attempt cap counts, named before its counts (all attempts: nothing to name). */
const COUNTED: Record<string, { zh: string; en: string }> = {
  unanswered: { zh: '未接通：', en: 'unanswered: ' },
  connected: { zh: '接通：', en: 'connected: ' },
};

export function guardSummary(verdicts: readonly Verdict[], locale: Locale): GuardSummary {
  const en = locale === 'en';
  const level = worstLevel(verdicts);
  const parts: string[] = [];
  const localTime = numberOf(verdicts, 'callWindow', 'localTime');
  const zones = numberOf(verdicts, 'callWindow', 'zones');
  // Phone and address in different zones: the agent sees each zone's clock (issue 12 §6).
  if (Number(numberOf(verdicts, 'callWindow', 'zoneCount') ?? 1) > 1 && zones !== undefined)
    parts.push(en ? `Local ${zones}` : `当地时间 ${zones}`);
  else if (localTime !== undefined) parts.push(en ? `Local ${localTime}` : `当地时间 ${localTime}`);
  // All the counts from one attempt-cap verdict: a pack may cap all attempts and connected ones
  // apart, and the counts of one beside the attempt number of the other read as a contradiction
  // ("今日第 2 次（CRM 0，本机 0）" with connects counted; live-call walk 9).
  const cap = verdicts.find((v) => v.type === 'attemptCap' && v.numbers.thisAttempt !== undefined);
  const today = cap?.numbers.thisAttempt;
  const crmToday = cap?.numbers.crmCount;
  const localToday = cap?.numbers.localCount;
  const kind = COUNTED[String(cap?.numbers.counts)] ?? { zh: '', en: '' };
  // Both counts when the CRM gives one: the Guard uses the larger (issue 12 §4).
  const sources =
    crmToday === undefined
      ? ''
      : en
        ? ` (${kind.en}CRM ${crmToday}, local ${localToday})`
        : `（${kind.zh}CRM ${crmToday}，本机 ${localToday}）`;
  if (today !== undefined)
    parts.push(en ? `attempt ${today} today${sources}` : `今日第 ${today} 次${sources}`);
  const inWindow = numberOf(verdicts, 'contactFrequency', 'thisAttempt');
  const days = numberOf(verdicts, 'contactFrequency', 'days');
  if (inWindow !== undefined && days !== undefined) {
    parts.push(en ? `${inWindow} in ${days} days` : `${days} 天内 ${inWindow} 次`);
  }
  const headline = parts.length > 0 ? parts.join(' · ') : en ? FALLBACK[level].en : FALLBACK[level].zh;

  const flagged = verdicts.filter((v) => v.level !== 'ok');
  // Stable sort: blocks before warnings, the pack's rule order within each.
  flagged.sort((a, b) => RANK[b.level] - RANK[a.level]);
  return {
    level,
    headline,
    reasons: flagged.map((v) => v.message),
    ruleIds: flagged.map((v) => v.ruleId),
  };
}
