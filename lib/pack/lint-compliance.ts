/**
 * Lint for what the compliance engine trusts a pack to say (issue 12): every disposition says whom
 * the call reached (§1), some segment covers every account (§3), stop flags read fields an adapter
 * provides (§7), the items an outcome owes exist (§9).
 */
import type { FieldValue } from '../crm/context';
import type { LocalizedText } from '../i18n/text';
import { type ConditionFacts, holds } from './condition';
import { packError } from './errors';
import type { LintFinding } from './lint';
import type { Condition, Pack } from './schema';
import { looksLikeStop } from './stop-words';

type Path = (string | number)[];

/** Values worth trying for each field a segment condition reads: each literal, one either side, and missing. */
function probeValues(conditions: readonly Condition[]): Map<string, (FieldValue | undefined)[]> {
  const values = new Map<string, (FieldValue | undefined)[]>();
  const stack = [...conditions];
  while (stack.length > 0) {
    const c = stack.pop() as Condition;
    if ('all' in c) stack.push(...c.all);
    else if ('any' in c) stack.push(...c.any);
    else if ('not' in c) stack.push(c.not);
    else {
      const list = values.get(c.field) ?? [undefined];
      const literals = Array.isArray(c.value) ? c.value : c.value === undefined ? [] : [c.value];
      for (const v of literals) {
        if (typeof v === 'number') list.push(v - 1, v, v + 1);
        else if (typeof v === 'boolean') list.push(true, false);
        else list.push(v, `${v}-other`);
      }
      values.set(c.field, list);
    }
  }
  return values;
}

/** An account no segment covers, if probing finds one (every field missing, then one field at a time). */
export function uncoveredAccount(pack: { segments: readonly { when: Condition }[] }): ConditionFacts | null {
  const conditions = pack.segments.map((s) => s.when);
  const covered = (facts: ConditionFacts) => conditions.some((c) => holds(c, facts));
  const probes: ConditionFacts[] = [{ accountKey: 'probe' }];
  for (const [field, values] of probeValues(conditions)) {
    for (const value of values) if (value !== undefined) probes.push({ accountKey: 'probe', [field]: value });
  }
  return probes.find((facts) => !covered(facts)) ?? null;
}

/** The "no catch-all segment" finding's message, or undefined when every account is covered (the Studio's segment form shows it too). */
export function noCatchAllMessage(pack: {
  segments: readonly { when: Condition }[];
}): LocalizedText | undefined {
  const uncovered = uncoveredAccount(pack);
  if (!uncovered) return undefined;
  const { accountKey: _key, ...shown } = uncovered;
  return complianceLintText.noCatchAllSegment(JSON.stringify(shown));
}

export const complianceLintText = {
  dispositionWithoutContact: (id: string): LocalizedText => ({
    zh: `通话结果 ${id} 没有说明联系到了谁（contact: none | thirdParty | debtor）：拨打上限和 7 天规则无法正确计数`,
    en: `Disposition ${id} does not say whom the call reached (contact: none | thirdParty | debtor): attempt caps and 7-in-7 cannot count it`,
  }),
  noCatchAllSegment: (example: string): LocalizedText => ({
    zh: `没有兜底客群：例如 ${example} 的账户不属于任何客群（通话仍会记录，但没有话术）。请加一个条件总成立的客群，如 {"field":"accountKey","op":"exists"}`,
    en: `No catch-all segment: an account such as ${example} matches none (its calls are still recorded, without a script). Add a segment whose condition always holds, e.g. {"field":"accountKey","op":"exists"}`,
  }),
  flagFieldUnknown: (field: string, rule: string): LocalizedText => ({
    zh: `停催规则 ${rule} 读取的字段 "${field}" 没有任何适配器提供：这些标记永远读不到，阻断会变成"通过"`,
    en: `Stop-flag rule ${rule} reads field "${field}", which no adapter provides: the flags are never seen and a block becomes an "ok"`,
  }),
  flagWithoutLabel: (flag: string): LocalizedText => ({
    zh: `标记 ${flag} 没有 label：坐席只会看到原因，看不到标记名称`,
    en: `Flag ${flag} has no label: agents see only its reason`,
  }),
  stopKindMissing: (flag: string): LocalizedText => ({
    zh: `标记 ${flag} 看起来是停催标记，但没有写 stops：请写 "collection"（停止催收，不谈方案、不记承诺）、"crisis"（危机处理）或 "none"（仍可谈方案）。未写时只有常见代码（dispute、cease、attorney、bankruptcy、deceased、crisis）按停催处理`,
    en: `Flag ${flag} looks like a collection stop but does not say "stops": write "collection" (no plan or promise on the call), "crisis" (the crisis protocol) or "none" (a plan may still be taken). Without it only the well-known codes (dispute, cease, attorney, bankruptcy, deceased, crisis) stop collection`,
  }),
  owedItemUnknown: (item: string, disposition: string): LocalizedText => ({
    zh: `通话结果 ${disposition} 要求的清单项 ${item} 不存在`,
    en: `Disposition ${disposition} owes checklist item ${item}, which does not exist`,
  }),
  scopeFieldUnknown: (field: string, rule: string): LocalizedText => ({
    zh: `规则 ${rule} 的地区范围读取字段 "${field}"，没有适配器提供：规则会按"地区未知"处理`,
    en: `Rule ${rule} is scoped by field "${field}", which no adapter provides: the region is always unknown`,
  }),
};

export function lintCompliance(pack: Pack, fields: ReadonlySet<string>): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (severity: LintFinding['severity'], path: Path, code: string, message: LocalizedText) =>
    findings.push({ severity, ...packError(path, code, message) });
  const checklist = new Set(pack.checklist.map((item) => item.id));

  pack.dispositions.forEach((d, i) => {
    if (d.contact === undefined)
      add(
        'error',
        ['dispositions', i],
        'dispositionWithoutContact',
        complianceLintText.dispositionWithoutContact(d.id),
      );
    (d.owes ?? []).forEach((item, k) => {
      if (!checklist.has(item))
        add(
          'error',
          ['dispositions', i, 'owes', k],
          'owedItemUnknown',
          complianceLintText.owedItemUnknown(item, d.id),
        );
    });
  });

  const noCatchAll = noCatchAllMessage(pack);
  if (noCatchAll) add('warning', ['segments'], 'noCatchAllSegment', noCatchAll);

  pack.rules.forEach((rule, r) => {
    if (rule.scope && !fields.has(rule.scope.field ?? 'region'))
      add(
        'warning',
        ['rules', r, 'scope'],
        'scopeFieldUnknown',
        complianceLintText.scopeFieldUnknown(rule.scope.field ?? 'region', rule.id),
      );
    if (rule.type !== 'stopFlag') return;
    if (!fields.has(rule.field))
      add(
        'error',
        ['rules', r, 'field'],
        'flagFieldUnknown',
        complianceLintText.flagFieldUnknown(rule.field, rule.id),
      );
    rule.flags.forEach((flag, f) => {
      if (flag.numbersField && !fields.has(flag.numbersField))
        add(
          'error',
          ['rules', r, 'flags', f, 'numbersField'],
          'flagFieldUnknown',
          complianceLintText.flagFieldUnknown(flag.numbersField, rule.id),
        );
      if (flag.stops === undefined && looksLikeStop(flag))
        add(
          'warning',
          ['rules', r, 'flags', f],
          'stopKindMissing',
          complianceLintText.stopKindMissing(flag.flag),
        );
      if (!flag.label)
        add(
          'warning',
          ['rules', r, 'flags', f],
          'flagWithoutLabel',
          complianceLintText.flagWithoutLabel(flag.flag),
        );
    });
  });
  return findings;
}
