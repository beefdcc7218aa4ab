/**
 * Agents never see an internal id (common brief; live-call walk 9 found 「加 hardship 标记」, content
 * review 10 found "set the cease flag" and "(creditReported)"): a text the panel shows names a flag
 * by the label agents see, and a CRM field or constant by its words, never by its code.
 */
import type { LocalizedText } from '../i18n/text';
import { fillable, replacePlaceholders } from '../script/template';
import { packError } from './errors';
import { stopFlagLabels } from './flag-labels';
import type { LintFinding } from './lint';
import type { Pack } from './schema';

type Path = (string | number)[];

/** Every text that goes through the template renderer, with its JSON path. */
export function* templatedTexts(pack: Pack): Generator<{ path: Path; text: string }> {
  for (const [s, script] of pack.scripts.entries()) {
    for (const [t, stage] of script.stages.entries()) {
      const at: Path = ['scripts', s, 'stages', t];
      yield { path: [...at, 'title'], text: stage.title };
      for (const [l, line] of stage.lines.entries()) {
        yield { path: [...at, 'lines', l, 'text'], text: line.text };
        for (const [k, answer] of (line.answers ?? []).entries())
          yield { path: [...at, 'lines', l, 'answers', k, 'label'], text: answer.label };
      }
      for (const [n, next] of (stage.next ?? []).entries())
        yield { path: [...at, 'next', n, 'label'], text: next.label };
    }
  }
  for (const [o, objection] of pack.objections.entries()) {
    for (const key of ['say', 'do', 'never'] as const) {
      for (const [k, text] of (objection[key] ?? []).entries())
        yield { path: ['objections', o, key, k], text };
    }
  }
  for (const [c, item] of pack.checklist.entries()) yield { path: ['checklist', c, 'text'], text: item.text };
}

/** A text with the pack's constants filled in and CRM fields left as written: what a constant brings into it. */
export function fillConstants(pack: Pack, text: string): string {
  return replacePlaceholders(text, (placeholder) => {
    const name = fillable(placeholder)?.name;
    return name !== undefined && Object.hasOwn(pack.constants, name)
      ? (pack.constants[name] ?? placeholder.whole)
      : placeholder.whole;
  });
}

/** Every text the panel shows an agent: the templated ones, and names, titles, reasons and labels. */
export function* agentTexts(pack: Pack): Generator<{ path: Path; text: string }> {
  yield* templatedTexts(pack);
  for (const [s, script] of pack.scripts.entries()) yield { path: ['scripts', s, 'name'], text: script.name };
  for (const [o, objection] of pack.objections.entries())
    yield { path: ['objections', o, 'title'], text: objection.title };
  for (const [r, rule] of pack.rules.entries()) {
    yield { path: ['rules', r, 'title'], text: rule.title };
    if (rule.type !== 'stopFlag') continue;
    for (const [f, flag] of rule.flags.entries())
      yield { path: ['rules', r, 'flags', f, 'reason'], text: flag.reason };
  }
  for (const [d, disposition] of pack.dispositions.entries())
    yield { path: ['dispositions', d, 'label'], text: disposition.label };
}

/**
 * Flag codes that have a label other than the code (stop-flag rules): the name agents see is known,
 * so a text that uses the code instead is wrong. A code with no label has no better name to suggest.
 */
function flagLabels(pack: Pack): Map<string, string> {
  return new Map([...stopFlagLabels(pack.rules)].filter(([code, label]) => label !== code));
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "the cease flag", "flag cease", 「加 hardship 标记」: a code written where the agent reads a flag's
 * name. Built once per code, not per text (perf 12: a RegExp per text × name cost ~100 ms a lint).
 */
function flagByCode(code: string): RegExp {
  const c = literal(code);
  return new RegExp(
    `(?<![\\w-])${c}['’"”」]?\\s*(flags?\\b|标记|标签)|(\\bflags?|标记|标签)\\s*[:：]?\\s*['‘"“「]?${c}(?![\\w-])`,
  );
}

/** A field name or constant key standing alone (not inside {{…}}, not part of a longer name). */
const nameAlone = (name: string) => new RegExp(`(?<![\\w.{])${literal(name)}(?![\\w])`);

export const namesLintText = {
  flagCode: (code: string, label: string): LocalizedText => ({
    zh: `文字用代码 "${code}" 称呼标记，坐席看到的是「${label}」：请写标记名称`,
    en: `The text names flag "${code}" by its code; agents see it as “${label}”: write the label`,
  }),
  fieldName: (name: string, label: string | undefined): LocalizedText => ({
    zh: label
      ? `文字中出现内部字段名 "${name}"，坐席不认识：请写「${label}」，或用 {{${name}}} 填入它的值`
      : `文字中出现内部名称 "${name}"，坐席不认识：请用文字说明，或用 {{${name}}} 填入它的值`,
    en: label
      ? `The text shows the internal field name "${name}": write “${label}”, or {{${name}}} to fill in its value`
      : `The text shows the internal name "${name}": say it in words, or write {{${name}}} to fill in its value`,
  }),
};

export function internalNameFindings(pack: Pack): LintFinding[] {
  const findings: LintFinding[] = [];
  const codes = flagLabels(pack);
  // Field names an agent could not mistake for a word (camelCase, dotted) and every constant's key.
  const fieldLabels = new Map<string, string | undefined>();
  for (const adapter of pack.crm.adapters) {
    for (const [name, spec] of Object.entries(adapter.fields)) {
      if (/[A-Z.]/.test(name) && !fieldLabels.get(name))
        fieldLabels.set(name, spec.label?.trim() || undefined);
    }
  }
  for (const key of Object.keys(pack.constants)) if (!fieldLabels.has(key)) fieldLabels.set(key, undefined);

  const flagTests = [...codes].map(([code, label]) => ({ code, label, test: flagByCode(code) }));
  const nameTests = [...fieldLabels].map(([name, label]) => ({ name, label, test: nameAlone(name) }));

  for (const { path, text } of agentTexts(pack)) {
    const bare = replacePlaceholders(text, () => ' ');
    for (const { code, label, test } of flagTests) {
      // The patterns hold the code as written: a text without it (most) needs no pattern run.
      if (!bare.includes(code)) continue;
      // A label that contains its code ("Crisis", "time-barred debt") is the name, not the code.
      const shown = bare.split(label).join(' ');
      if (test.test(shown))
        findings.push({
          severity: 'warning',
          ...packError(path, 'flagNamedByCode', namesLintText.flagCode(code, label)),
        });
    }
    for (const { name, label, test } of nameTests) {
      if (bare.includes(name) && test.test(bare))
        findings.push({
          severity: 'warning',
          ...packError(path, 'internalFieldName', namesLintText.fieldName(name, label)),
        });
    }
  }
  return findings;
}
