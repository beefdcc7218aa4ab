/**
 * What a schema cannot say about a pack but a quality lead must hear before agents read it
 * (issue 8): placeholders nobody can fill, stages nobody reaches, notices the rules require but no
 * script makes the agent say, forbidden phrases in the pack's own words. Errors stop `sign` and any
 * sync or import; warnings are shown and let the pack through.
 */
import {
  familyRefs,
  lintPackPhrases,
  lintThirdPartyLines,
  misplacedUnless,
  overflowingPieces,
  unknownFamilies,
} from '../compliance/phrases';
import type { LocalizedText } from '../i18n/text';
import { reachableStages } from '../script/flow';
import { CALL_VARIABLES } from '../script/render';
import { FORMATTERS, isFormatter, placeholders } from '../script/template';
import { foldWithOffsets } from '../text/fold';
import { type PackError, packError, quote } from './errors';
import { charFindings } from './lint-chars';
import { lintCompliance } from './lint-compliance';
import { contentFindings } from './lint-content';
import { bidiFindings } from './lint-gate';
import { lintPinnedKeys } from './lint-hot-keys';
import { duplicateLabelFindings } from './lint-labels';
import { internalNameFindings, templatedTexts } from './lint-names';
import { untemplatedPlaceholderFindings } from './lint-untemplated';
import { type Condition, type Pack, PHASES } from './schema';

export type LintSeverity = 'error' | 'warning';

export interface LintFinding extends PackError {
  severity: LintSeverity;
}

/** Values every pack can use whatever its adapter reads (lib/script/render.ts, lib/pack/condition.ts). */
const DERIVED_FIELDS = ['accountKey', 'bucket'] as const;
const AGENT_VARIABLES = ['agent.name', 'agent.id'] as const;

type Path = (string | number)[];

/**
 * Every variable a pack's texts may use: the fields its adapters read, the derived ones, the agent's,
 * the call's and its constants. The Studio's script form offers the same set beside a line.
 */
export function knownVariables(adapterFields: Iterable<string>, constants: Iterable<string>): Set<string> {
  return new Set<string>([
    ...DERIVED_FIELDS,
    ...adapterFields,
    ...AGENT_VARIABLES,
    ...CALL_VARIABLES,
    ...constants,
  ]);
}

export function lintPack(pack: Pack): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (severity: LintSeverity, path: Path | string, code: string, message: LocalizedText) =>
    findings.push({ severity, ...packError(path, code, message) });

  const fields = new Set<string>(DERIVED_FIELDS);
  for (const adapter of pack.crm.adapters) for (const name of Object.keys(adapter.fields)) fields.add(name);
  const variables = knownVariables(fields, Object.keys(pack.constants));

  // ---- Placeholders in every text the panel fills ----
  for (const { path, text } of templatedTexts(pack)) {
    // Look-alike braces (｛｛name｝｝, ﹛﹛name﹜﹜) are no placeholder to the renderer, so the agent
    // would read them out: a placeholder that only appears once the text is folded is malformed.
    const folded = foldWithOffsets(text);
    for (const placeholder of placeholders(folded.text)) {
      const at = placeholder.start;
      const start = folded.starts[at] ?? 0;
      const end = folded.ends[at + placeholder.whole.length - 1] ?? text.length;
      const written = text.slice(start, end);
      if (!written.startsWith('{{') || !written.endsWith('}}'))
        add('error', path, 'badPlaceholder', lintText.badPlaceholder(written));
    }
    for (const { whole, name, format } of placeholders(text)) {
      if (name === undefined) {
        add('error', path, 'badPlaceholder', lintText.badPlaceholder(whole));
        continue;
      }
      if (format !== undefined && !isFormatter(format))
        add('error', path, 'unknownFormatter', lintText.unknownFormatter(whole, format));
      if (!variables.has(name))
        add('error', path, 'undefinedVariable', lintText.undefinedVariable(name, whole));
    }
  }

  // ---- Conditions on fields no adapter reads are always false: the author meant something else ----
  const conditionAt = (path: Path, condition: Condition | undefined) => {
    for (const field of conditionFields(condition)) {
      if (!fields.has(field))
        add('warning', path, 'unknownConditionField', lintText.unknownConditionField(field));
    }
  };
  for (const [i, segment] of pack.segments.entries()) conditionAt(['segments', i, 'when'], segment.when);
  for (const [r, rule] of pack.rules.entries()) {
    if (rule.type !== 'stopFlag') continue;
    for (const [f, flag] of rule.flags.entries())
      conditionAt(['rules', r, 'flags', f, 'unless'], flag.unless);
  }
  for (const [s, script] of pack.scripts.entries()) {
    for (const [t, stage] of script.stages.entries()) {
      for (const [l, line] of stage.lines.entries())
        conditionAt(['scripts', s, 'stages', t, 'lines', l, 'when'], line.when);
      for (const [n, next] of (stage.next ?? []).entries())
        conditionAt(['scripts', s, 'stages', t, 'next', n, 'when'], next.when);
    }
  }

  // ---- Stages nobody reaches ----
  pack.scripts.forEach((script, s) => {
    const reachable = reachableStages(script);
    script.stages.forEach((stage, t) => {
      if (!reachable.has(stage.id))
        add(
          'warning',
          ['scripts', s, 'stages', t],
          'unreachableStage',
          lintText.unreachableStage(stage.id, script.id),
        );
    });
  });

  // ---- Notices a recordingNotice rule requires: a must-say line that ticks the item, in a stage before the phase ----
  pack.rules.forEach((rule, r) => {
    if (rule.type !== 'recordingNotice') return;
    const before = PHASES.indexOf(rule.beforePhase);
    for (const [s, script] of pack.scripts.entries()) {
      const reachable = reachableStages(script);
      rule.items.forEach((item, k) => {
        const said = script.stages.some(
          (stage) =>
            reachable.has(stage.id) &&
            PHASES.indexOf(stage.phase) < before &&
            stage.lines.some(
              (line) => line.must === true && line.when === undefined && line.ticks?.includes(item),
            ),
        );
        if (!said)
          add(
            'error',
            ['rules', r, 'items', k],
            'mustSayMissing',
            lintText.mustSayMissing(item, script.id, rule.beforePhase, `scripts[${s}]`),
          );
      });
    }
  });

  // ---- Forbidden words in the pack's own texts; debt words in lines a third party hears ----
  for (const finding of lintPackPhrases(pack)) {
    add(
      'error',
      finding.path,
      'forbiddenPhrase',
      lintText.forbiddenPhrase(finding.text.slice(finding.start, finding.end), finding.category),
    );
  }
  // A phrase slot with more spellings than the matcher expands is cut silently: say so. A phrase
  // naming a family the rule does not declare never matches; a family word is a plain word.
  pack.rules.forEach((rule, r) => {
    if (rule.type !== 'forbiddenPhrases') return;
    rule.categories.forEach((category, c) => {
      category.phrases.forEach((phrase, k) => {
        const at = ['rules', r, 'categories', c, 'phrases', k];
        for (const piece of overflowingPieces(phrase))
          add('warning', at, 'phraseTooManySpellings', lintText.phraseTooManySpellings(piece));
        for (const name of unknownFamilies(phrase, rule.families))
          add('error', at, 'unknownFamily', lintText.unknownFamily(name, Object.keys(rule.families ?? {})));
        for (const piece of misplacedUnless(phrase))
          add('error', at, 'unlessMisplaced', lintText.unlessMisplaced(piece));
      });
    });
    for (const [name, words] of Object.entries(rule.families ?? {})) {
      words.forEach((word, k) => {
        const at = ['rules', r, 'families', name, k];
        if (familyRefs(word).length > 0 || /…|\.\.\./.test(word))
          add('error', at, 'familyWordSyntax', lintText.familyWordSyntax(word, name));
        for (const piece of overflowingPieces(word))
          add('warning', at, 'phraseTooManySpellings', lintText.phraseTooManySpellings(piece));
        for (const piece of misplacedUnless(word))
          add('error', at, 'unlessMisplaced', lintText.unlessMisplaced(piece));
      });
    }
  });
  for (const finding of lintThirdPartyLines(pack)) {
    add(
      'error',
      finding.path,
      'thirdPartyDisclosure',
      lintText.thirdPartyDisclosure(finding.word, finding.ruleId),
    );
  }

  // ---- Objections the agent cannot answer ----
  pack.objections.forEach((objection, i) => {
    if (objection.say.every((text) => text.trim() === ''))
      add(
        'error',
        ['objections', i, 'say'],
        'objectionWithoutSay',
        lintText.objectionWithoutSay(objection.id),
      );
  });

  // ---- Adapters that cannot tell one customer from the next ----
  pack.crm.adapters.forEach((adapter, a) => {
    const key = (adapter as { accountKey?: unknown }).accountKey;
    if (key === undefined || key === null)
      add(
        'error',
        ['crm', 'adapters', a],
        'adapterWithoutAccountKey',
        lintText.adapterWithoutAccountKey(adapter.id),
      );
    else if (adapter.accountKey.required !== true)
      add(
        'warning',
        ['crm', 'adapters', a, 'accountKey', 'required'],
        'accountKeyOptional',
        lintText.accountKeyOptional(adapter.id),
      );
  });

  // ---- Texts that could display otherwise than reviewed (issue 14 item 8) ----
  findings.push(...bidiFindings(pack));
  // ---- Characters that hide a word from lint (red team 9) ----
  findings.push(...charFindings(pack));
  findings.push(...duplicateLabelFindings(pack));
  findings.push(...untemplatedPlaceholderFindings(pack, templatedTexts(pack)));
  // ---- Flags and fields named by their codes (agents never see an internal id) ----
  findings.push(...internalNameFindings(pack));
  // ---- What a compliance lead reads the content for (content review 10) ----
  findings.push(...contentFindings(pack));

  // ---- What the compliance engine trusts the pack to say (issue 12) ----
  findings.push(...lintCompliance(pack, fields));

  // ---- Wrap-up hot keys two outcomes pin (live-call review 2026-11) ----
  findings.push(...lintPinnedKeys(pack.dispositions));

  // ---- Agents see the changelog of a new version: it should have one ----
  if (!pack.changelog.some((entry) => entry.version === pack.version))
    add('warning', ['changelog'], 'changelogMissing', lintText.changelogMissing(pack.version));

  return findings;
}

export function lintErrors(findings: readonly LintFinding[]): LintFinding[] {
  return findings.filter((f) => f.severity === 'error');
}

function conditionFields(condition: Condition | undefined): string[] {
  if (!condition) return [];
  const out: string[] = [];
  const stack: Condition[] = [condition];
  while (stack.length > 0) {
    const c = stack.pop() as Condition;
    if ('all' in c) stack.push(...c.all);
    else if ('any' in c) stack.push(...c.any);
    else if ('not' in c) stack.push(c.not);
    else out.push(c.field);
  }
  return out;
}

const CATEGORY: Record<string, LocalizedText> = {
  threat: { zh: '威胁', en: 'threat' },
  falseLegal: { zh: '虚假法律后果', en: 'false legal consequence' },
  insult: { zh: '侮辱', en: 'insult' },
  thirdPartyDisclosure: { zh: '向第三方透露', en: 'disclosure to a third party' },
  privacy: { zh: '隐私', en: 'privacy' },
};

export const lintText = {
  badPlaceholder: (whole: string): LocalizedText => ({
    zh: `占位符 ${quote(whole)} 写法不对：应为 {{字段}} 或 {{字段|money}}，不会被替换，坐席会原样读出`,
    en: `Placeholder ${quote(whole)} is malformed: write {{field}} or {{field|money}}; it would be read out as is`,
  }),
  unknownFormatter: (whole: string, formatter: string): LocalizedText => ({
    zh: `${quote(whole)} 中的格式 "${formatter}" 不存在；可用 ${FORMATTERS.join('、')}`,
    en: `Format "${formatter}" in ${quote(whole)} does not exist; use ${FORMATTERS.slice(0, -1).join(', ')} or ${FORMATTERS.at(-1)}`,
  }),
  undefinedVariable: (name: string, whole: string): LocalizedText => ({
    zh: `变量 ${quote(whole)} 没有来源："${name}" 不是适配器读取的字段、派生字段（bucket、accountKey）、agent.name/agent.id、通话约定（promise.amount、promise.date、plan.agreed、plan.basis），也不是 constants 中的键`,
    en: `Variable ${quote(whole)} has no source: "${name}" is not a field an adapter reads, a derived field (bucket, accountKey), agent.name/agent.id, what the call agreed (promise.amount, promise.date, plan.agreed, plan.basis) or a key of constants`,
  }),
  unknownConditionField: (field: string): LocalizedText => ({
    zh: `条件使用的字段 "${field}" 没有适配器读取，这个条件永远不成立`,
    en: `The condition uses field "${field}", which no adapter reads: it never holds`,
  }),
  unreachableStage: (stage: string, script: string): LocalizedText => ({
    zh: `话术 ${script} 的阶段 ${stage} 无法到达：没有任何跳转、回答或顺序推进能走到这里`,
    en: `Stage ${stage} of script ${script} is unreachable: no branch, answer or in-order move leads to it`,
  }),
  mustSayMissing: (item: string, script: string, phase: string, where: string): LocalizedText => ({
    zh: `规则要求在「${phase}」阶段之前完成 ${item}，但话术 ${script}（${where}）在此之前没有勾选该项的必读话术（must: true，且无 when 条件）`,
    en: `The rule requires ${item} before the ${phase} phase, but script ${script} (${where}) has no must-say line (must: true, no when) ticking it before then`,
  }),
  forbiddenPhrase: (phrase: string, category: string): LocalizedText => ({
    zh: `包含禁用语 "${phrase}"（${CATEGORY[category]?.zh ?? category}）`,
    en: `Contains the forbidden phrase "${phrase}" (${CATEGORY[category]?.en ?? category})`,
  }),
  phraseTooManySpellings: (piece: string): LocalizedText => ({
    zh: `"${piece}" 的组合超过 64 种写法，超出的部分不会被检查：请拆成几条，或用 … 把词分开`,
    en: `"${piece}" spells more than 64 ways; the rest is not checked: split it into several phrases or separate the words with …`,
  }),
  unknownFamily: (name: string, declared: string[]): LocalizedText => ({
    zh: `禁用语用到了词族 {${name}}，但本规则的 families 中没有定义它，这条禁用语永远不会命中${declared.length > 0 ? `；已定义的词族：${declared.join('、')}` : '；本规则还没有定义任何词族'}`,
    en: `The phrase names the word family {${name}}, which this rule's families do not declare, so it never matches${declared.length > 0 ? `; declared families: ${declared.join(', ')}` : '; this rule declares no families yet'}`,
  }),
  unlessMisplaced: (piece: string): LocalizedText => ({
    zh: `"${piece}" 中的 (!…) 无法读作"后面不能接"，会被当作普通文字或 (甲|乙) 匹配：(!甲|乙) 只能写在禁用语、… 分开的一段或词族的词的末尾，紧跟要限定的字，且至少列一个字词（不能写 {词族}），如 上门(!店|户)`,
    en: `The (!…) in "${piece}" cannot be read as "unless followed by", so it would be matched as text or as (a|b): write (!a|b) only at the end of a phrase, of a part between …, or of a family word, right after the words it limits, listing at least one word (no {family}), e.g. 上门(!店|户)`,
  }),
  familyWordSyntax: (word: string, family: string): LocalizedText => ({
    zh: `词族 ${family} 中的 "${word}" 不能包含 {词族} 或 …：词族里只写词（可用 (甲|乙)），组合写在禁用语里`,
    en: `"${word}" in family ${family} cannot contain a {family} or …: a family lists words (with (a|b) if needed); combine them in the phrases`,
  }),
  thirdPartyDisclosure: (word: string, rule: string): LocalizedText => ({
    zh: `第三方会听到这句话，但其中的 "${word}" 会透露欠款（规则 ${rule}）`,
    en: `A third party hears this line, and "${word}" discloses the debt (rule ${rule})`,
  }),
  objectionWithoutSay: (id: string): LocalizedText => ({
    zh: `异议 ${id} 没有可读的应答话术（say）`,
    en: `Objection ${id} has no text to say`,
  }),
  adapterWithoutAccountKey: (id: string): LocalizedText => ({
    zh: `适配器 ${id} 没有账户编号（accountKey），无法区分客户`,
    en: `Adapter ${id} has no account key: it cannot tell one customer from the next`,
  }),
  accountKeyOptional: (id: string): LocalizedText => ({
    zh: `适配器 ${id} 的账户编号未设为必需（required: true）：读不到时面板可能无法确认是哪位客户`,
    en: `Adapter ${id}'s account key is not required (required: true): without it the panel cannot be sure which customer it shows`,
  }),
  changelogMissing: (version: number): LocalizedText => ({
    zh: `changelog 中没有版本 ${version} 的说明；坐席在"本次更新"中会看到它`,
    en: `The changelog has no entry for version ${version}; agents read it in "what changed"`,
  }),
};
