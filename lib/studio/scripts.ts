/**
 * Scripts in the Studio (issue 17 item 1): new scripts, stages, lines and answers with generated
 * ids (unique where references.ts requires: stages and lines in their script, answers in their
 * line), and the variables a line may use, from the one template tokenizer (lib/script/render.ts)
 * and lint's own set (lib/pack/lint.ts), so the form flags exactly what lint will refuse.
 */
import { CRM_FIELDS, isCrmField } from '../crm/fields';
import type { LocalizedText } from '../i18n/text';
import { knownVariables } from '../pack/lint';
import { variablesOf } from '../script/template';
import { asList, asText, child } from './edit';
import { newId } from './ids';

const idsOf = (items: unknown) => new Set(asList(items).map((item) => asText(child(item, 'id'))));

/** Every line id of a script: calls record "line X said" without the stage, so they are unique per script. */
function lineIdsOf(script: unknown): Set<string> {
  const ids = new Set<string>();
  for (const stage of asList(child(script, 'stages')))
    for (const id of idsOf(child(stage, 'lines'))) ids.add(id);
  return ids;
}

export function newLine(script: unknown, stageId: string, text: string) {
  return { id: newId(`${stageId} line`, lineIdsOf(script)), kind: 'say', text };
}

/** A stage needs one line (the schema's minimum); it starts in the negotiate phase. */
export function newStage(script: unknown, title: string, lineText: string) {
  const id = newId(`stage ${title}`, idsOf(child(script, 'stages')));
  return { id, title, phase: 'negotiate', lines: [newLine(script, id, lineText)] };
}

export function newScript(draft: unknown, name: string, stageTitle: string, lineText: string) {
  const id = newId(`script ${name}`, idsOf(child(draft, 'scripts')));
  return { id, name, stages: [newStage(undefined, stageTitle, lineText)] };
}

export function newAnswer(line: unknown, label: string) {
  return { id: newId(`answer ${label}`, idsOf(child(line, 'answers'))), label };
}

/** Names of the segments that select this script (removing it would break them). */
export function segmentsUsing(draft: unknown, scriptId: string): string[] {
  return asList(child(draft, 'segments'))
    .filter((segment) => asText(child(segment, 'scriptId')) === scriptId)
    .map((segment) => asText(child(segment, 'name')));
}

export interface VariableChoice {
  name: string;
  /** What it holds, when the vocabulary or a constant's value says so. */
  label?: LocalizedText | string;
}

/** The variables a line of this draft may use, as lint counts them, with what each holds. */
export function lineVariables(draft: unknown): VariableChoice[] {
  const fields: string[] = [];
  for (const adapter of asList(child(child(draft, 'crm'), 'adapters'))) {
    const map = child(adapter, 'fields');
    if (typeof map === 'object' && map !== null) fields.push(...Object.keys(map));
  }
  const constants = child(draft, 'constants');
  const values =
    typeof constants === 'object' && constants !== null ? (constants as Record<string, unknown>) : {};
  return [...knownVariables(fields, Object.keys(values))].map((name) => {
    if (isCrmField(name)) return { name, label: CRM_FIELDS[name].label };
    const value = values[name];
    return typeof value === 'string' ? { name, label: value } : { name };
  });
}

/** Variables a text uses that nothing fills (lint's `undefinedVariable`), each once. */
export function unknownVariables(text: string, known: readonly VariableChoice[]): string[] {
  const names = new Set(known.map((v) => v.name));
  return [...new Set(variablesOf(text))].filter((name) => !names.has(name));
}

/**
 * The titles of the stages of `script` whose answers or buttons lead to stage `stageId` (the
 * stage itself included when it loops): removing it leaves those pointing at nothing.
 */
export function stagesLeadingTo(script: unknown, stageId: string): string[] {
  const leads = (stage: unknown) =>
    asList(child(stage, 'next')).some((b) => asText(child(b, 'goto')) === stageId) ||
    asList(child(stage, 'lines')).some((line) =>
      asList(child(line, 'answers')).some((a) => asText(child(a, 'goto')) === stageId),
    );
  return asList(child(script, 'stages'))
    .filter(leads)
    .map((stage, i) => asText(child(stage, 'title')) || `#${i + 1}`);
}
