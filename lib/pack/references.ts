/**
 * What the schema cannot see: ids that must be unique, ids that must point at something, values
 * that must agree with each other, and adapter patterns that must be safe to run on a CRM page.
 * Runs on a pack the schema accepted, so every value here is already typed and bounded.
 */

import { compiledSize, compilePattern } from '../crm/linear-pattern';
import type { LocalizedText } from '../i18n/text';
import { foldText } from '../text/fold';
import { closest } from './did-you-mean';
import { formatPath, type PackError, packError } from './errors';
import { isOpenSuffix } from './public-suffix';
import { KINDS, referenceText, SCOPES } from './reference-text';
import { type Condition, type FieldSpec, LIMITS, type Pack, type PlanType } from './schema';

type Path = readonly PropertyKey[];

export function checkReferences(pack: Pack): PackError[] {
  const errors: PackError[] = [];
  const add = (path: Path, code: string, message: LocalizedText) =>
    errors.push(packError(path, code, message));

  // ---- Unique ids ----
  /**
   * Ids the pack defines are unique as the one folding reads them: `PTP` beside `ptp` (or a
   * full-width `ＡＴＴＹ` beside `atty`) is one id to whatever compares folded (flag codes, a CRM
   * page) and a slip to a reviewer. References still name an id exactly (`reference` below).
   */
  const idsSeen = (kind: LocalizedText) => {
    const seen = new Map<string, { id: string; path: Path }>();
    return {
      ids: () => new Set([...seen.values()].map(({ id }) => id)),
      check(id: string, path: Path) {
        const key = foldText(id).trim();
        const first = seen.get(key);
        if (!first) seen.set(key, { id, path });
        else if (first.id === id)
          add(path, 'duplicateId', referenceText.duplicateId(kind, id, formatPath(first.path)));
        else
          add(
            path,
            'duplicateId',
            referenceText.duplicateIdWritten(kind, id, first.id, formatPath(first.path)),
          );
      },
    };
  };
  const unique = (kind: LocalizedText, items: readonly { id: string }[], base: Path, field = 'id') => {
    const seen = idsSeen(kind);
    for (const [i, item] of items.entries()) seen.check(item.id, [...base, i, field]);
    return seen.ids();
  };
  unique(KINDS.adapter, pack.crm.adapters, ['crm', 'adapters']);
  unique(KINDS.segment, pack.segments, ['segments']);
  const scriptIds = unique(KINDS.script, pack.scripts, ['scripts']);
  unique(KINDS.objection, pack.objections, ['objections']);
  const checklistIds = unique(KINDS.checklistItem, pack.checklist, ['checklist']);
  unique(KINDS.rule, pack.rules, ['rules']);
  const policyIds = unique(KINDS.planPolicy, pack.planPolicies, ['planPolicies']);
  const dispositionIds = unique(KINDS.disposition, pack.dispositions, ['dispositions']);

  const reference = (
    path: Path,
    kind: LocalizedText,
    id: string,
    known: ReadonlySet<string>,
    scope: LocalizedText | undefined,
  ) => {
    if (known.has(id)) return;
    const existing = [...known];
    add(path, 'unknownReference', referenceText.unknown(kind, id, scope, existing, closest(id, existing)));
  };

  // ---- Pack-level values ----
  if (!isTimeZone(pack.timezone))
    add(['timezone'], 'unknownTimezone', referenceText.unknownTimezone(pack.timezone));
  if (pack.expiresAt !== undefined && Date.parse(pack.expiresAt) <= Date.parse(pack.publishedAt)) {
    add(
      ['expiresAt'],
      'expiresBeforePublished',
      referenceText.expiresBeforePublished(pack.expiresAt, pack.publishedAt),
    );
  }
  pack.changelog.forEach((entry, i) => {
    if (entry.version > pack.version) {
      add(
        ['changelog', i, 'version'],
        'changelogAhead',
        referenceText.changelogAhead(entry.version, pack.version),
      );
    }
  });

  // ---- CRM adapters ----
  pack.crm.adapters.forEach((adapter, a) => {
    const base = ['crm', 'adapters', a];
    adapter.match.forEach((pattern, m) => {
      if (!isMatchPattern(pattern))
        add([...base, 'match', m], 'badMatchPattern', referenceText.badMatchPattern(pattern));
    });
    const specs: [Path, FieldSpec][] = [[[...base, 'accountKey'], adapter.accountKey]];
    for (const [name, spec] of Object.entries(adapter.fields)) specs.push([[...base, 'fields', name], spec]);
    if (adapter.callState) specs.push([[...base, 'callState'], adapter.callState]);
    let size = 0;
    for (const [path, spec] of specs) {
      if (spec.pattern === undefined) continue;
      const problem = patternProblem(spec.pattern);
      if (problem) add([...path, 'pattern'], problem.code, problem.message);
      else size += compiledSize(spec.pattern);
    }
    // Linear per pattern is not enough (red team 13): 100 fields of 2,000-instruction patterns are
    // 10⁸ steps on every change of the page. The budget is for the adapter, whose fields all run.
    if (size > MAX_ADAPTER_PROGRAM)
      add(base, 'patternsTooHeavy', referenceText.adapterPatternsTooHeavy(size, MAX_ADAPTER_PROGRAM));
  });

  // ---- Segments ----
  pack.segments.forEach((segment, i) => {
    reference(['segments', i, 'scriptId'], KINDS.script, segment.scriptId, scriptIds, SCOPES.inPack);
    reference(
      ['segments', i, 'planPolicyId'],
      KINDS.planPolicy,
      segment.planPolicyId,
      policyIds,
      SCOPES.inPack,
    );
    checkDepth(['segments', i, 'when'], segment.when, add);
  });

  // ---- Scripts: stages, lines, answers, branches ----
  pack.scripts.forEach((script, s) => {
    const stageIds = unique(KINDS.stage, script.stages, ['scripts', s, 'stages']);
    // Line ids are unique in the whole script: calls record "line X said" without the stage.
    const lineIds = idsSeen(KINDS.line);
    script.stages.forEach((stage, t) => {
      const stagePath = ['scripts', s, 'stages', t];
      stage.checklist?.forEach((item, k) => {
        reference(
          [...stagePath, 'checklist', k],
          KINDS.checklistItem,
          item,
          checklistIds,
          SCOPES.inChecklist,
        );
      });
      stage.next?.forEach((next, n) => {
        reference(
          [...stagePath, 'next', n, 'goto'],
          KINDS.gotoStage,
          next.goto,
          stageIds,
          SCOPES.inThisScript,
        );
        if (next.when) checkDepth([...stagePath, 'next', n, 'when'], next.when, add);
      });
      stage.lines.forEach((line, l) => {
        const linePath = [...stagePath, 'lines', l];
        lineIds.check(line.id, [...linePath, 'id']);
        line.ticks?.forEach((item, k) => {
          reference([...linePath, 'ticks', k], KINDS.checklistItem, item, checklistIds, SCOPES.inChecklist);
        });
        if (line.when) checkDepth([...linePath, 'when'], line.when, add);
        if (!line.answers) return;
        if (line.kind !== 'ask')
          add([...linePath, 'answers'], 'answersNotAsk', referenceText.answersNotAsk(line.kind));
        unique(KINDS.answer, line.answers, [...linePath, 'answers']);
        line.answers.forEach((answer, k) => {
          if (answer.goto === undefined) return;
          reference(
            [...linePath, 'answers', k, 'goto'],
            KINDS.gotoStage,
            answer.goto,
            stageIds,
            SCOPES.inThisScript,
          );
        });
      });
    });
  });

  // ---- Objections, rules ----
  pack.objections.forEach((objection, i) => {
    const disposition = objection.leadsTo?.disposition;
    if (disposition === undefined) return;
    reference(
      ['objections', i, 'leadsTo', 'disposition'],
      KINDS.disposition,
      disposition,
      dispositionIds,
      SCOPES.inPack,
    );
  });
  pack.rules.forEach((rule, r) => {
    if (rule.type === 'stopFlag') {
      // A CRM's code is matched folded (lib/compliance/flag-codes.ts): two flags of one rule that
      // fold alike would both hold on it, with their own severity and stop.
      const flags = idsSeen(KINDS.flag);
      for (const [f, flag] of rule.flags.entries()) flags.check(flag.flag, ['rules', r, 'flags', f, 'flag']);
    }
    if (rule.type !== 'recordingNotice') return;
    rule.items.forEach((item, k) => {
      reference(['rules', r, 'items', k], KINDS.checklistItem, item, checklistIds, SCOPES.inChecklist);
    });
  });

  // ---- Plan policies: a type without terms cannot be offered; terms without the type never apply ----
  pack.planPolicies.forEach((policy, p) => {
    const base = ['planPolicies', p];
    for (const [type, terms] of Object.entries(termsOf(policy)) as [TermedPlanType, unknown][]) {
      const index = policy.types.indexOf(type);
      const given = Array.isArray(terms) ? terms.length > 0 : terms !== undefined;
      if (index >= 0 && !given)
        add([...base, 'types', index], 'planTermsMissing', referenceText.planTermsMissing(type));
      if (index < 0 && given) add([...base, type], 'planTermsUnused', referenceText.planTermsUnused(type));
    }
    const settlement = policy.settlement;
    if (settlement && settlement.agentMaxDiscountRate > settlement.supervisorMaxDiscountRate) {
      add(
        [...base, 'settlement', 'agentMaxDiscountRate'],
        'settlementRates',
        referenceText.settlementRates(settlement.agentMaxDiscountRate, settlement.supervisorMaxDiscountRate),
      );
    }
  });

  return errors;
}

type TermedPlanType = Exclude<PlanType, 'full' | 'minimum'>;

function termsOf(policy: Pack['planPolicies'][number]): Record<TermedPlanType, unknown> {
  return {
    instalmentFlat: policy.instalmentFlat,
    instalmentAmortising: policy.instalmentAmortising,
    deferral: policy.deferral,
    personalised: policy.personalised,
    settlement: policy.settlement,
  };
}

function checkDepth(
  path: Path,
  condition: Condition,
  add: (path: Path, code: string, message: LocalizedText) => void,
) {
  const depth = conditionDepth(condition);
  if (depth > LIMITS.conditionDepth) {
    add(path, 'conditionTooDeep', referenceText.conditionTooDeep(depth, LIMITS.conditionDepth));
  }
}

/** Levels of condition objects: a leaf is 1, `{all: [leaf]}` is 2. */
export function conditionDepth(condition: Condition): number {
  if ('all' in condition) return 1 + Math.max(0, ...condition.all.map(conditionDepth));
  if ('any' in condition) return 1 + Math.max(0, ...condition.any.map(conditionDepth));
  if ('not' in condition) return 1 + conditionDepth(condition.not);
  return 1;
}

/** Intl throws RangeError for a zone it does not know; that is the browser's own list. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Instructions all of an adapter's patterns may compile to: the VM's work per character of a field
 * (up to 500 each) on every extraction. The default packs' adapters use 22; 600 × 500 characters
 * bounds one extraction to 300,000 steps.
 */
export const MAX_ADAPTER_PROGRAM = 600;

/**
 * Extension match patterns `<scheme>://<host>/<path>`: scheme http, https or *; host *.domain
 * or a host name (IPv6 in brackets); an optional port; a path that starts with /.
 */
const MATCH_PATTERN =
  /^(?:\*|https?):\/\/(?:\*|(?:\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::(?:\d{1,5}|\*))?\/\S*$/;

/**
 * A valid pattern that names a host (issue 14 item 4): a host `*` (any scheme) or `*.com` reaches
 * every site, as `<all_urls>` does, so the adapter would read pages of any bank or none.
 */
export function isMatchPattern(pattern: string): boolean {
  if (!MATCH_PATTERN.test(pattern)) return false;
  const host = pattern.slice(pattern.indexOf('://') + 3).split(/[/:]/, 1)[0] ?? '';
  if (host === '*') return false;
  // `*.com`, and (red team 13) `*.com.cn`, `*.bj.cn`, `*.github.io`, `*.0.0.1`: no bank's host.
  return !(host.startsWith('*.') && isOpenSuffix(host.slice(2)));
}

/**
 * Why an adapter `pattern` cannot be used, if it cannot: it must be inside the linear matcher's
 * subset, capture exactly one value, and (defence in depth: no CRM value needs it) not nest
 * quantifiers.
 */
export function patternProblem(pattern: string): { code: string; message: LocalizedText } | undefined {
  let groups: number;
  try {
    // The very compiler the content script runs (lib/crm/linear-pattern.ts, issue 14 item 3):
    // what it refuses, no page ever runs.
    groups = compilePattern(pattern).captures;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { code: 'badPattern', message: referenceText.patternDoesNotCompile(pattern, reason) };
  }
  if (groups !== 1) return { code: 'patternGroups', message: referenceText.patternGroups(pattern, groups) };
  const nested = nestedQuantifier(pattern);
  if (nested) return { code: 'nestedQuantifier', message: referenceText.nestedQuantifier(pattern, nested) };
  return undefined;
}

/**
 * The first group that repeats and contains something that repeats, e.g. `(a+)+` or
 * `(?:\d{1,3},?)*`; returns that fragment. A scan of the source, not a full regex parser: it
 * knows escapes, character classes and group prefixes, which is all it needs to find quantifiers.
 */
export function nestedQuantifier(pattern: string): string | undefined {
  const groups: { start: number; repeatsInside: boolean }[] = [{ start: 0, repeatsInside: false }];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      groups.push({ start: i, repeatsInside: false });
      i++;
      if (pattern[i] === '?') {
        const named = /^\?<[A-Za-z_$][\w$]*>/.exec(pattern.slice(i));
        i += named ? named[0].length : pattern[i + 1] === '<' ? 3 : 2;
      }
      continue;
    } else if (c === ')') {
      const group = groups.pop();
      i++;
      const quantifier = readQuantifier(pattern, i);
      const parent = groups[groups.length - 1];
      if (!group || !parent) return undefined; // unbalanced: the compile step reports it
      if (quantifier?.repeats && group.repeatsInside)
        return pattern.slice(group.start, i + quantifier.length);
      parent.repeatsInside ||= group.repeatsInside || Boolean(quantifier?.varies);
      i += quantifier?.length ?? 0;
      continue;
    } else {
      i++;
    }
    const quantifier = readQuantifier(pattern, i);
    if (quantifier) {
      const top = groups[groups.length - 1];
      if (top) top.repeatsInside ||= quantifier.varies;
      i += quantifier.length;
    }
  }
  return undefined;
}

/**
 * A quantifier at `at`. `repeats`: it allows more than one occurrence (`?` does not). `varies`: it
 * repeats a variable number of times, which is what makes an inner quantifier ambiguous; `\d{3}`
 * inside `(...)+` consumes a fixed width and cannot backtrack exponentially.
 */
function readQuantifier(
  pattern: string,
  at: number,
): { length: number; repeats: boolean; varies: boolean } | undefined {
  const c = pattern[at];
  let length: number;
  let min: number;
  let max: number;
  if (c === '*' || c === '+' || c === '?') {
    length = 1;
    min = c === '+' ? 1 : 0;
    max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
  } else if (c === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
    if (!braces) return undefined;
    length = braces[0].length;
    min = Number(braces[1]);
    max = braces[2] === undefined ? min : braces[3] === '' ? Number.POSITIVE_INFINITY : Number(braces[3]);
  } else return undefined;
  if (pattern[at + length] === '?') length++; // lazy
  return { length, repeats: max > 1, varies: max > 1 && max > min };
}
