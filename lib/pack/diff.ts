/**
 * What changed between two versions of a pack, in words (issue 8): stages, lines, objections,
 * rules, plan-policy numbers, added / removed / changed. The CLI prints it for the quality lead who
 * publishes; the panel shows the same list to the agent once, when the new version activates.
 * Items are matched by id, never by position, so reordering is not reported as a change.
 */
import type { LocalizedText } from '../i18n/text';
import type { Pack } from './schema';

export type ChangeKind = 'added' | 'removed' | 'changed';
export type DiffArea =
  | 'pack'
  | 'constant'
  | 'adapter'
  | 'segment'
  | 'script'
  | 'stage'
  | 'line'
  | 'objection'
  | 'checklist'
  | 'rule'
  | 'policy'
  | 'disposition';

/** One value that changed inside an item: `maxPerDay` 6 → 5, `text` "…" → "…". */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface PackChange {
  area: DiffArea;
  kind: ChangeKind;
  /** The item's id (for a line, `script › stage › line`). */
  id: string;
  /** Its title or text when it has one, to recognise it by. */
  label?: string;
  fields: FieldChange[];
}

export interface PackDiff {
  from: { id: string; version: number };
  to: { id: string; version: number };
  changes: PackChange[];
}

export const AREAS: readonly DiffArea[] = [
  'pack',
  'constant',
  'adapter',
  'segment',
  'script',
  'stage',
  'line',
  'objection',
  'checklist',
  'rule',
  'policy',
  'disposition',
];

type Leaves = Map<string, string>;

/**
 * Leaf values by path. Arrays of terms are keyed by what identifies them (`periods=12`), so a new
 * 18-month term is "added", not "every later index changed"; other arrays of scalars are one leaf.
 */
function leaves(value: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (value === undefined) return out;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      out.set(prefix, value.map((v) => String(v)).join(', '));
      return out;
    }
    value.forEach((item, i) => {
      const key =
        typeof item === 'object' && item !== null
          ? 'id' in item
            ? `id=${String((item as { id: unknown }).id)}`
            : 'periods' in item
              ? `periods=${String((item as { periods: unknown }).periods)}`
              : 'flag' in item
                ? `flag=${String((item as { flag: unknown }).flag)}`
                : 'category' in item
                  ? `category=${String((item as { category: unknown }).category)}`
                  : String(i)
          : String(i);
      leaves(item, `${prefix}[${key}]`, out);
    });
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, out);
    return out;
  }
  out.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
  return out;
}

function fieldChanges(before: unknown, after: unknown, skip: readonly string[] = []): FieldChange[] {
  const a = leaves(before);
  const b = leaves(after);
  const keep = (path: string) =>
    !skip.some((s) => path === s || path.startsWith(`${s}.`) || path.startsWith(`${s}[`));
  const out: FieldChange[] = [];
  for (const [path, value] of a) {
    if (!keep(path)) continue;
    const next = b.get(path);
    if (next === undefined) out.push({ field: path, before: value });
    else if (next !== value) out.push({ field: path, before: value, after: next });
  }
  for (const [path, value] of b) if (keep(path) && !a.has(path)) out.push({ field: path, after: value });
  return out;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Items of two lists matched by id: added, removed, and the pairs present in both. */
function match<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { added: T[]; removed: T[]; both: [T, T][] } {
  const old = byId(before);
  const now = byId(after);
  return {
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !now.has(item.id)),
    both: after.flatMap((item): [T, T][] => {
      const was = old.get(item.id);
      return was ? [[was, item]] : [];
    }),
  };
}

export function diffPacks(before: Pack, after: Pack): PackDiff {
  const changes: PackChange[] = [];
  const push = (area: DiffArea, kind: ChangeKind, id: string, label?: string, fields: FieldChange[] = []) =>
    changes.push({ area, kind, id, ...(label === undefined ? {} : { label }), fields });

  const listed = <T extends { id: string }>(
    area: DiffArea,
    a: readonly T[],
    b: readonly T[],
    label: (item: T) => string | undefined,
    skip: readonly string[] = [],
  ) => {
    const m = match(a, b);
    for (const item of m.added) push(area, 'added', item.id, label(item));
    for (const item of m.removed) push(area, 'removed', item.id, label(item));
    for (const [was, now] of m.both) {
      const fields = fieldChanges(was, now, skip);
      if (fields.length > 0) push(area, 'changed', now.id, label(now), fields);
    }
  };

  // The pack itself; version, publishedAt and changelog are what every release changes.
  const meta = (p: Pack) => ({
    title: p.title,
    locale: p.locale,
    currency: p.currency,
    timezone: p.timezone,
    expiresAt: p.expiresAt,
  });
  const metaFields = fieldChanges(meta(before), meta(after));
  if (metaFields.length > 0) push('pack', 'changed', after.id, after.title, metaFields);

  const constants = fieldChanges(before.constants, after.constants);
  for (const c of constants) {
    push(
      'constant',
      c.before === undefined ? 'added' : c.after === undefined ? 'removed' : 'changed',
      c.field,
      undefined,
      [c],
    );
  }

  listed('adapter', before.crm.adapters, after.crm.adapters, (a) => a.name);
  listed('segment', before.segments, after.segments, (s) => s.name);

  // Scripts, then their stages, then their lines (line ids are unique within a script).
  const scripts = match(before.scripts, after.scripts);
  for (const s of scripts.added) push('script', 'added', s.id, s.name);
  for (const s of scripts.removed) push('script', 'removed', s.id, s.name);
  for (const [was, now] of scripts.both) {
    if (was.name !== now.name)
      push('script', 'changed', now.id, now.name, [{ field: 'name', before: was.name, after: now.name }]);
    listed('stage', was.stages, now.stages, (stage) => stage.title, ['lines']);
    for (const change of changes.filter((c) => c.area === 'stage' && !c.id.includes(' › '))) {
      change.id = `${now.id} › ${change.id}`;
    }
    const lines = (stages: typeof was.stages) =>
      stages.flatMap((stage) => stage.lines.map((line) => ({ ...line, stage: stage.id })));
    const lineLabel = (line: { text: string }) => line.text;
    const before = lines(was.stages);
    const after = lines(now.stages);
    const start = changes.length;
    listed('line', before, after, lineLabel);
    for (const change of changes.slice(start)) {
      const line = after.find((l) => l.id === change.id) ?? before.find((l) => l.id === change.id);
      change.id = `${now.id} › ${line?.stage ?? '?'} › ${change.id}`;
    }
  }

  listed('objection', before.objections, after.objections, (o) => o.title);
  listed('checklist', before.checklist, after.checklist, (c) => c.text);
  listed('rule', before.rules, after.rules, (r) => r.title);
  listed('policy', before.planPolicies, after.planPolicies, (p) => p.name);
  listed('disposition', before.dispositions, after.dispositions, (d) => d.label);

  return {
    from: { id: before.id, version: before.version },
    to: { id: after.id, version: after.version },
    changes,
  };
}

// ---- Words ------------------------------------------------------------------------------------

const AREA_NAMES: Record<DiffArea, { zh: string; en: [string, string] }> = {
  pack: { zh: '话术包属性', en: ['pack setting', 'pack settings'] },
  constant: { zh: '常量', en: ['constant', 'constants'] },
  adapter: { zh: 'CRM 适配器', en: ['CRM adapter', 'CRM adapters'] },
  segment: { zh: '客群', en: ['segment', 'segments'] },
  script: { zh: '话术', en: ['script', 'scripts'] },
  stage: { zh: '阶段', en: ['stage', 'stages'] },
  line: { zh: '话术行', en: ['line', 'lines'] },
  objection: { zh: '异议应答', en: ['objection', 'objections'] },
  checklist: { zh: '检查项', en: ['checklist item', 'checklist items'] },
  rule: { zh: '合规规则', en: ['rule', 'rules'] },
  policy: { zh: '还款方案政策', en: ['plan policy', 'plan policies'] },
  disposition: { zh: '结果代码', en: ['disposition', 'dispositions'] },
};

const KIND_WORDS: Record<ChangeKind, LocalizedText> = {
  added: { zh: '新增', en: 'added' },
  removed: { zh: '删除', en: 'removed' },
  changed: { zh: '修改', en: 'changed' },
};

export function areaName(area: DiffArea): LocalizedText {
  return { zh: AREA_NAMES[area].zh, en: AREA_NAMES[area].en[0] };
}

export function kindWord(kind: ChangeKind): LocalizedText {
  return KIND_WORDS[kind];
}

/** "3 lines changed, 1 objection added" — counts per area and kind, in a fixed order. */
export function summarizeDiff(diff: PackDiff): LocalizedText {
  if (diff.changes.length === 0) return { zh: '内容没有变化', en: 'No content changes' };
  const zh: string[] = [];
  const en: string[] = [];
  for (const area of AREAS) {
    for (const kind of ['changed', 'added', 'removed'] as const) {
      const n = diff.changes.filter((c) => c.area === area && c.kind === kind).length;
      if (n === 0) continue;
      zh.push(`${KIND_WORDS[kind].zh}${AREA_NAMES[area].zh} ${n} 处`);
      en.push(`${n} ${AREA_NAMES[area].en[n === 1 ? 0 : 1]} ${KIND_WORDS[kind].en}`);
    }
  }
  return { zh: zh.join('，'), en: en.join(', ') };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One sentence per change: `修改 话术行 script-early › e-identify › e-identify-greet`. */
export function describeChange(change: PackChange): LocalizedText {
  const label = change.label ? ` "${clip(change.label, 60)}"` : '';
  return {
    zh: `${KIND_WORDS[change.kind].zh}${AREA_NAMES[change.area].zh} ${change.id}${label}`,
    en: `${AREA_NAMES[change.area].en[0][0]?.toUpperCase()}${AREA_NAMES[change.area].en[0].slice(1)} ${change.id}${label} ${KIND_WORDS[change.kind].en}`,
  };
}

/** `maxPerDay: 6 → 5`, `text: "…" → "…"`, `+ triggers: …`. */
export function describeField(field: FieldChange, max = 200): string {
  const show = (v: string) =>
    /^-?\d/.test(v) || v === 'true' || v === 'false' ? v : JSON.stringify(clip(v, max));
  if (field.before === undefined) return `+ ${field.field}: ${show(field.after ?? '')}`;
  if (field.after === undefined) return `- ${field.field}: ${show(field.before)}`;
  return `${field.field}: ${show(field.before)} → ${show(field.after)}`;
}

/** The whole diff as text lines, for the CLI. */
export function formatDiff(diff: PackDiff, language: 'zh' | 'en'): string {
  const head =
    diff.from.id === diff.to.id
      ? `${diff.to.id} v${diff.from.version} → v${diff.to.version}`
      : `${diff.from.id} v${diff.from.version} → ${diff.to.id} v${diff.to.version}`;
  const lines = [head, `${summarizeDiff(diff)[language]}`];
  const mark: Record<ChangeKind, string> = { added: '+', removed: '-', changed: '~' };
  for (const change of diff.changes) {
    lines.push(`  ${mark[change.kind]} ${describeChange(change)[language]}`);
    for (const field of change.fields) lines.push(`      ${describeField(field)}`);
  }
  return `${lines.join('\n')}\n`;
}
