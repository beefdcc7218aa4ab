/**
 * Lint that guards the gate itself (issue 14): texts that could be shown reversed, a version jump
 * that would lock the fleet out of later releases, and compliance content that silently
 * disappears between two versions (what a reviewer must see before signing).
 */
import type { LocalizedText } from '../i18n/text';
import { hasBidiControl } from '../text/fold';
import { type PackError, packError, quote } from './errors';
import type { Pack } from './schema';

export interface GateFinding extends PackError {
  severity: 'error' | 'warning';
}

/** A jump larger than this is almost certainly a typo (a date, an extra digit). */
export const MAX_VERSION_JUMP = 1000;

/**
 * Every string of the pack (keys of records included) that carries a bidi embedding, override or
 * isolate (item 8): such a text can display as something else than what was reviewed.
 */
export function bidiFindings(pack: Pack): GateFinding[] {
  const findings: GateFinding[] = [];
  forEachString(pack, (text, path) => {
    if (hasBidiControl(text))
      findings.push({ severity: 'error', ...packError(path, 'bidiControl', gateText.bidiControl()) });
    return findings.length < 20;
  });
  return findings;
}

/**
 * Visits every string of a value, keys of records included (a key is reported at its record's
 * path), until `visit` returns false.
 */
export function forEachString(
  root: unknown,
  visit: (text: string, path: (string | number)[]) => boolean,
): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value === 'string') {
      if (!visit(value, path)) return;
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) stack.push({ value: item, path: [...path, i] });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (!visit(key, path)) return;
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
}

/** Warnings about `next` as a successor of `previous` (same pack id): version jump, lost content. */
export function lintAgainstPrevious(previous: Pack, next: Pack): GateFinding[] {
  const findings: GateFinding[] = [];
  const warn = (path: (string | number)[], code: string, message: LocalizedText) =>
    findings.push({ severity: 'warning', ...packError(path, code, message) });
  if (next.version - previous.version > MAX_VERSION_JUMP)
    warn(['version'], 'versionJump', gateText.versionJump(previous.version, next.version));

  const ruleIds = new Set(next.rules.map((r) => r.id));
  for (const rule of previous.rules)
    if (!ruleIds.has(rule.id)) warn(['rules'], 'ruleRemoved', gateText.ruleRemoved(rule.id));
  const itemIds = new Set(next.checklist.map((c) => c.id));
  for (const item of previous.checklist)
    if (!itemIds.has(item.id))
      warn(['checklist'], 'checklistItemRemoved', gateText.checklistItemRemoved(item.id));
  const mustSay = (pack: Pack) => {
    const lines = new Map<string, string>();
    for (const script of pack.scripts)
      for (const stage of script.stages)
        for (const line of stage.lines)
          if (line.must) lines.set(`${script.id}/${stage.id}/${line.id}`, line.text);
    return lines;
  };
  const nextMust = mustSay(next);
  for (const [where, text] of mustSay(previous))
    if (!nextMust.has(where)) warn(['scripts'], 'mustSayRemoved', gateText.mustSayRemoved(where, text));
  return findings;
}

export const gateText = {
  bidiControl: (): LocalizedText => ({
    zh: '包含双向文本控制字符（U+202A–U+202E、U+2066–U+2069）：显示的内容可能与审阅的不同，请删除',
    en: 'Contains bidi control characters (U+202A–U+202E, U+2066–U+2069): it may display differently from what was reviewed; remove them',
  }),
  versionJump: (from: number, to: number): LocalizedText => ({
    zh: `版本从 ${from} 跳到 ${to}（超过 ${MAX_VERSION_JUMP}）：之后的每个版本都必须更高，请确认不是笔误`,
    en: `The version jumps from ${from} to ${to} (more than ${MAX_VERSION_JUMP}): every later release must be higher; make sure it is not a typo`,
  }),
  ruleRemoved: (id: string): LocalizedText => ({
    zh: `规则 ${id} 在新版本中消失了`,
    en: `Rule ${id} disappears in the new version`,
  }),
  checklistItemRemoved: (id: string): LocalizedText => ({
    zh: `检查项 ${id} 在新版本中消失了`,
    en: `Checklist item ${id} disappears in the new version`,
  }),
  mustSayRemoved: (where: string, text: string): LocalizedText => ({
    zh: `必读话术 ${where}（${quote(text, 40)}）在新版本中消失或不再是必读`,
    en: `The must-say line ${where} (${quote(text, 40)}) disappears or is no longer must-say in the new version`,
  }),
};
