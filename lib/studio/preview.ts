/**
 * What the Studio's live preview shows (issue 17 item 2), callable without React: the sample
 * account an adapter's `sample` describes, read as the content script would read that page, the
 * call the preview keeps in memory, and which script lines differ from the opened version.
 */
import type { AccountContext, FieldProblem, FieldReading } from '../crm/context';
import { parseFieldValue } from '../crm/parse-value';
import { type CallRecord, callNotYetUnderway } from '../db/records';
import type { Adapter, FieldSpec, Line, Pack, Script } from '../pack/schema';
import { selectSegment } from '../script/select';

const sourceOf = (spec: FieldSpec): FieldReading['source'] =>
  spec.label !== undefined ? { label: spec.label } : { selector: spec.selector ?? '' };

/**
 * The account an adapter's `sample` shows: each value is the page's text, parsed by the field's
 * own `parse` and `pattern` (the same parser the content script uses), so a sample that the
 * adapter could not read shows as missing or unreadable here too. Null without a sample key.
 */
export function sampleAccount(adapter: Adapter, now: number): AccountContext | null {
  const sample = adapter.sample ?? {};
  const keyText = Object.hasOwn(sample, 'accountKey') ? sample.accountKey : undefined;
  if (keyText === undefined) return null;
  const key = parseFieldValue(keyText, adapter.accountKey);
  if (!key.ok || String(key.value) === '') return null;
  const specs: [string, FieldSpec][] = Object.entries(adapter.fields);
  if (!Object.hasOwn(adapter.fields, 'accountKey')) specs.unshift(['accountKey', adapter.accountKey]);
  const fields: Record<string, FieldReading> = {};
  const problems: FieldProblem[] = [];
  for (const [name, spec] of specs) {
    const required = spec.required === true;
    const raw = Object.hasOwn(sample, name) ? sample[name] : undefined;
    if (raw === undefined) {
      problems.push({ field: name, problem: 'missing', required });
      continue;
    }
    const parsed = parseFieldValue(raw, spec);
    if (parsed.ok) fields[name] = { raw, value: parsed.value, parse: spec.parse, source: sourceOf(spec) };
    else
      problems.push({
        field: name,
        problem: parsed.reason === 'empty' ? 'missing' : 'unparseable',
        required,
        raw,
      });
  }
  return {
    adapterId: adapter.id,
    accountKey: String(key.value),
    fields,
    problems,
    url: '',
    readAt: now,
  };
}

/** The first adapter of the pack that has a usable sample. */
export function packSample(pack: Pack, now: number): AccountContext | null {
  for (const adapter of pack.crm.adapters) {
    const context = sampleAccount(adapter, now);
    if (context) return context;
  }
  return null;
}

/**
 * The call the preview keeps in memory, so the sections show what they show in a call: its segment
 * is the one the account's conditions choose, as when the panel starts a call, or with `segmentId`
 * that segment, forced as an agent's switch would force it.
 */
export function previewCall(
  pack: Pack,
  context: AccountContext,
  segmentId: string | undefined,
  now: number,
): CallRecord {
  const forced = segmentId !== undefined && pack.segments.some((s) => s.id === segmentId);
  const chosen = forced ? undefined : selectSegment(pack, context)?.segment.id;
  return {
    id: 'preview',
    accountKey: context.accountKey,
    adapterId: context.adapterId,
    packId: pack.id,
    packVersion: pack.version,
    startedAt: now,
    ...(forced ? { segmentId, segmentOverride: { from: segmentId, to: segmentId, at: now } } : {}),
    ...(chosen === undefined ? {} : { segmentId: chosen }),
    ...callNotYetUnderway(),
  };
}

const lineWords = (line: Line) =>
  JSON.stringify([line.kind, line.text, line.must === true, line.answers ?? []]);

function linesOf(script: Script): Map<string, Line> {
  return new Map(script.stages.flatMap((stage) => stage.lines.map((line) => [line.id, line] as const)));
}

/**
 * The ids of the script's lines that an agent would see differently from the opened version: new
 * lines and lines whose kind, words, must-say or answers changed. Nothing is marked when there is
 * no opened version to compare with (a pasted draft): every line would be.
 */
export function changedLines(draft: Script, base: Pack | undefined): Set<string> {
  if (!base) return new Set();
  const before = base.scripts.find((s) => s.id === draft.id);
  const old = before ? linesOf(before) : new Map<string, Line>();
  const changed = new Set<string>();
  for (const [id, line] of linesOf(draft)) {
    const was = old.get(id);
    if (!was || lineWords(was) !== lineWords(line)) changed.add(id);
  }
  return changed;
}

/**
 * The script the lead just edited: the first whose lines differ between two drafts, so the preview
 * can follow the edit to a segment that shows it. Undefined when no script line changed.
 */
export function editedScript(before: Pack, after: Pack): string | undefined {
  for (const script of after.scripts) {
    const was = before.scripts.find((s) => s.id === script.id);
    if (!was) return script.id;
    const old = linesOf(was);
    const now = linesOf(script);
    if (old.size !== now.size) return script.id;
    for (const [id, line] of now) {
      const prior = old.get(id);
      if (!prior || lineWords(prior) !== lineWords(line)) return script.id;
    }
  }
  return undefined;
}

/**
 * The next draft with the previous one's objection list when the objections did not change: the
 * search index is built per list (about 0.3 s for the default pack's pinyin), so typing in a
 * script line must not rebuild it on every keystroke.
 */
export function keepObjections(previous: Pack | undefined, next: Pack): Pack {
  if (!previous || previous.objections === next.objections) return next;
  return JSON.stringify(previous.objections) === JSON.stringify(next.objections)
    ? { ...next, objections: previous.objections }
    : next;
}

/** The objection the lead just edited or added: the first that differs between two drafts. */
export function editedObjection(before: Pack, after: Pack): string | undefined {
  if (before.objections === after.objections) return undefined;
  const old = new Map(before.objections.map((o) => [o.id, JSON.stringify(o)]));
  return after.objections.find((o) => old.get(o.id) !== JSON.stringify(o))?.id;
}
