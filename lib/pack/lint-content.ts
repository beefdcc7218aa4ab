/**
 * What a compliance lead reads a pack's content for and a pack can be checked for (content review 10):
 * every script tells the agent when to open the crisis card (DOMAIN.md §4: self-harm stops
 * collection at once), and the call hours a text states are the call-window rule's.
 */

import { disclosesDebt } from '../compliance/phrases';
import { minutesOf } from '../compliance/rules/shared';
import type { LocalizedText } from '../i18n/text';
import { fillable, replacePlaceholders } from '../script/template';
import { foldText } from '../text/fold';
import { packError } from './errors';
import type { LintFinding } from './lint';
import { assuranceFindings } from './lint-assurances';
import { agentTexts } from './lint-names';
import type { Pack } from './schema';

export const contentLintText = {
  crisisCardNotNamed: (script: string, title: string): LocalizedText => ({
    zh: `话术 ${script} 没有一句提到危机卡片「${title}」：坐席听到客户情绪崩溃或轻生念头时不知道打开它。请在了解困难的阶段加一句做法`,
    en: `Script ${script} never names the crisis card “${title}”: agents are not told when to open it. Add a do line where hardship is discussed`,
  }),
  disclosesBeforeIdentity: (word: string, rule: string): LocalizedText => ({
    zh: `这句话在核实本人之前（或对第三方）读出，填入常量后含有 "${word}"，会透露欠款（规则 ${rule}）：开场和第三方话术请用不透露业务的名称，如 {{company.name}}`,
    en: `This line is read before identity is verified (or to a third party), and with constants filled in it says "${word}", which discloses the debt (rule ${rule}): use a name that does not, such as {{company.neutralName}}`,
  }),
  callHoursDiffer: (stated: string, start: string, end: string, rule: string): LocalizedText => ({
    zh: `文字写的通话时间 ${stated} 与通话时段规则 ${rule}（${start}–${end}）不一致：坐席会按文字约回电时间`,
    en: `The text states call hours ${stated}, but call-window rule ${rule} allows ${start}–${end}: agents book callbacks by the text`,
  }),
};

/** Each script that never names a crisis card's title, as a warning. */
function crisisFindings(pack: Pack): LintFinding[] {
  const findings: LintFinding[] = [];
  const crisisCards = pack.objections.filter((o) => o.severity === 'crisis' && o.title.trim() !== '');
  for (const card of crisisCards) {
    // Through the one folding: 「提到轻生」 written in full-width or traditional form names it too.
    const title = foldText(card.title);
    pack.scripts.forEach((script, s) => {
      const named = script.stages.some((stage) =>
        stage.lines.some((line) => foldText(line.text).includes(title)),
      );
      if (!named)
        findings.push({
          severity: 'warning',
          ...packError(
            ['scripts', s],
            'crisisCardNotNamed',
            contentLintText.crisisCardNotNamed(script.id, card.title),
          ),
        });
    });
  }
  return findings;
}

/** "08:00–22:00", "8 a.m. to 9 p.m.": the hours a text states, as minutes after midnight. */
const CLOCK = /(\d{1,2}):(\d{2})\s*(?:–|-|—|~|～|至|到|to)\s*(\d{1,2}):(\d{2})/g;
const MERIDIEM =
  /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?\s*(?:–|-|—|to|and)\s*(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?/gi;

function minutes(hour: number, minute: number, meridiem?: string): number {
  const h = meridiem === undefined ? hour : (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + minute;
}

function statedHours(text: string): { stated: string; from: number; to: number }[] {
  const out: { stated: string; from: number; to: number }[] = [];
  for (const m of text.matchAll(CLOCK))
    out.push({
      stated: m[0],
      from: minutes(Number(m[1]), Number(m[2])),
      to: minutes(Number(m[3]), Number(m[4])),
    });
  for (const m of text.matchAll(MERIDIEM))
    out.push({
      stated: m[0],
      from: minutes(Number(m[1]), Number(m[2] ?? 0), m[3]),
      to: minutes(Number(m[4]), Number(m[5] ?? 0), m[6]),
    });
  return out;
}

/**
 * Call hours written in a text (a 做 line that books a callback "当地08:00–22:00之间") that differ
 * from the unscoped call-window rule: a bank that moves the rule to 21:00 would leave the line saying
 * 22:00. Business hours in constants are not call hours and are not read.
 */
function callHourFindings(pack: Pack): LintFinding[] {
  const windows = pack.rules.filter((r) => r.type === 'callWindow' && !r.scope);
  const window = windows[0];
  if (windows.length !== 1 || window?.type !== 'callWindow') return [];
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  const findings: LintFinding[] = [];
  for (const { path, text } of agentTexts(pack)) {
    if (path[0] === 'rules') continue;
    for (const h of statedHours(text)) {
      if (h.from !== start || h.to !== end)
        findings.push({
          severity: 'warning',
          ...packError(
            path,
            'callHoursDiffer',
            contentLintText.callHoursDiffer(h.stated, window.start, window.end, window.id),
          ),
        });
    }
  }
  return findings;
}

/**
 * Lines read aloud before the identity check (identify phase) or to a third party, with the pack's
 * constants filled in: 「我是{{bank.name}}…」 reads 「示例银行信用卡中心」 (content review 10). Only what a
 * constant brings in is reported: the words of the written text are the phrase lints' to judge.
 */
function disclosureFindings(pack: Pack): LintFinding[] {
  const rules = pack.rules.filter((r) => r.type === 'thirdParty');
  const filled = (text: string) =>
    replacePlaceholders(text, (placeholder) => {
      const name = fillable(placeholder)?.name;
      return name !== undefined && Object.hasOwn(pack.constants, name)
        ? (pack.constants[name] ?? placeholder.whole)
        : placeholder.whole;
    });
  const findings: LintFinding[] = [];
  pack.scripts.forEach((script, s) => {
    script.stages.forEach((stage, t) => {
      if (stage.phase !== 'identify' && stage.phase !== 'thirdParty') return;
      stage.lines.forEach((line, l) => {
        if (line.kind === 'do') return;
        for (const rule of rules) {
          if (rule.type !== 'thirdParty') continue;
          const raw = new Set(disclosesDebt(line.text, rule).map((m) => m.word));
          const said = new Set(disclosesDebt(filled(line.text), rule).map((m) => m.word));
          for (const word of said) {
            if (raw.has(word)) continue;
            findings.push({
              severity: 'error',
              ...packError(
                ['scripts', s, 'stages', t, 'lines', l, 'text'],
                'disclosesBeforeIdentity',
                contentLintText.disclosesBeforeIdentity(word, rule.id),
              ),
            });
          }
        }
      });
    });
  });
  return findings;
}

export function contentFindings(pack: Pack): LintFinding[] {
  return [
    ...crisisFindings(pack),
    ...callHourFindings(pack),
    ...disclosureFindings(pack),
    ...assuranceFindings(pack),
  ];
}
