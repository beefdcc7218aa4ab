/**
 * The panel's one key registry (issue 15 item 1): every shortcut is declared here with its scope
 * (the whole panel or one section) and when it may fire (on the page, in a field, or always). The
 * dispatcher (`key-dispatch.tsx`) sends a key only to the panel scope and the visible section, never
 * while the agent types in a field or composes with an IME; the `?` key map and the collision test
 * are generated from this list.
 */
import type { MessageKey } from '@/lib/i18n';
import { isImeKey } from '@/lib/platform/ime';

/** `panel`: wherever the agent is; otherwise the section id whose keys these are. */
export type KeyScope = 'panel' | 'guard' | 'script' | 'objections' | 'plan' | 'notes';

/**
 * `page`: not while a field has focus (a letter typed into a note must stay a letter);
 * `field`: only while a field has focus; `always`: both (chords only).
 */
export type KeyWhen = 'page' | 'field' | 'always';

export interface KeyBinding {
  id: string;
  scope: KeyScope;
  /** Chords as `chordOf` writes them: `a`, `Alt+s`, `Space`, `Escape`, `?`. */
  keys: readonly string[];
  when: KeyWhen;
  /** What the key map says it does. */
  label: MessageKey;
}

export const KEY_BINDINGS = [
  { id: 'section.guard', scope: 'panel', keys: ['1'], when: 'page', label: 'keys.section.guard' },
  { id: 'section.script', scope: 'panel', keys: ['2'], when: 'page', label: 'keys.section.script' },
  { id: 'section.objections', scope: 'panel', keys: ['3'], when: 'page', label: 'keys.section.objections' },
  { id: 'section.plan', scope: 'panel', keys: ['4'], when: 'page', label: 'keys.section.plan' },
  { id: 'section.notes', scope: 'panel', keys: ['5'], when: 'page', label: 'keys.section.notes' },
  // The same sections from inside a field: a chord, so digits stay digits there.
  {
    id: 'section.chord',
    scope: 'panel',
    keys: ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5'],
    when: 'always',
    label: 'keys.section.chord',
  },
  // Starting and ending a call are chords: a plain `s`/`e` typed into the wrong place ended calls.
  { id: 'call.start', scope: 'panel', keys: ['Alt+s'], when: 'always', label: 'keys.call.start' },
  { id: 'call.end', scope: 'panel', keys: ['Alt+e'], when: 'always', label: 'keys.call.end' },
  // The debtor answered: the call counts for the frequency rules even if never wrapped up (issue 12 §2).
  { id: 'call.reached', scope: 'panel', keys: ['Alt+c'], when: 'always', label: 'keys.call.reached' },
  { id: 'search.open', scope: 'panel', keys: ['/'], when: 'page', label: 'keys.search.open' },
  { id: 'readback.copy', scope: 'panel', keys: ['r'], when: 'page', label: 'keys.readback.copy' },
  { id: 'readback.chord', scope: 'panel', keys: ['Alt+r'], when: 'always', label: 'keys.readback.chord' },
  { id: 'keys.help', scope: 'panel', keys: ['?'], when: 'page', label: 'keys.help' },
  { id: 'field.leave', scope: 'panel', keys: ['Escape'], when: 'field', label: 'keys.field.leave' },
  { id: 'pack.acknowledge', scope: 'panel', keys: ['Alt+a'], when: 'always', label: 'keys.pack.acknowledge' },

  { id: 'script.down', scope: 'script', keys: ['ArrowDown', 'j'], when: 'page', label: 'keys.script.lines' },
  { id: 'script.up', scope: 'script', keys: ['ArrowUp', 'k'], when: 'page', label: 'keys.script.lines' },
  { id: 'script.said', scope: 'script', keys: ['Space', 'Enter'], when: 'page', label: 'keys.script.said' },
  // A line marked said by mistake is taken back, with the checklist items it ticked (walk 10).
  { id: 'script.unsay', scope: 'script', keys: ['u'], when: 'page', label: 'keys.script.unsay' },
  { id: 'script.next', scope: 'script', keys: ['n', 'PageDown'], when: 'page', label: 'keys.script.next' },
  { id: 'script.back', scope: 'script', keys: ['p', 'PageUp'], when: 'page', label: 'keys.script.back' },
  { id: 'script.copy', scope: 'script', keys: ['y'], when: 'page', label: 'keys.script.copy' },
  {
    id: 'script.answer',
    scope: 'script',
    // Letters for answers, skipping those the script and panel already use (j/k, n/p, r, y).
    keys: ['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'l', 'm'],
    when: 'page',
    label: 'keys.script.answer',
  },

  {
    id: 'objections.back',
    scope: 'objections',
    keys: ['Escape'],
    when: 'page',
    label: 'keys.objections.back',
  },
  // The search box's list (review 2026-11-live-call #14, session 7): what is typed in the box is
  // always text ("只能还500", "since 2019"); a digit picks a result only after ↑/↓ moved into the list.
  {
    id: 'objections.move',
    scope: 'objections',
    keys: ['ArrowDown', 'ArrowUp'],
    when: 'field',
    label: 'keys.objections.move',
  },
  {
    id: 'objections.open',
    scope: 'objections',
    keys: ['Enter'],
    when: 'field',
    label: 'keys.objections.open',
  },
  {
    id: 'objections.pick',
    scope: 'objections',
    keys: [...'123456789'] as readonly string[],
    when: 'field',
    label: 'keys.objections.pick',
  },
  { id: 'objections.copy', scope: 'objections', keys: ['y'], when: 'page', label: 'keys.objections.copy' },
  { id: 'objections.plan', scope: 'objections', keys: ['p'], when: 'page', label: 'keys.objections.plan' },
  { id: 'objections.flag', scope: 'objections', keys: ['f'], when: 'page', label: 'keys.objections.flag' },

  { id: 'plan.suggest', scope: 'plan', keys: ['m'], when: 'page', label: 'keys.plan.suggest' },
  { id: 'plan.manual', scope: 'plan', keys: ['t'], when: 'page', label: 'keys.plan.manual' },
  { id: 'plan.option', scope: 'plan', keys: ['a', 'b', 'c'], when: 'page', label: 'keys.plan.option' },
  { id: 'plan.summary', scope: 'plan', keys: ['l'], when: 'page', label: 'keys.plan.summary' },
  { id: 'plan.agree', scope: 'plan', keys: ['g'], when: 'page', label: 'keys.plan.agree' },
  { id: 'plan.cancel', scope: 'plan', keys: ['Escape'], when: 'page', label: 'keys.plan.cancel' },

  {
    id: 'notes.disposition',
    scope: 'notes',
    // VICIdial-style hot keys, shown beside each disposition in the list, in the pack's order:
    // every letter but the panel's `r` (read-back), so a 25-disposition pack still has one each.
    keys: [...'abcdefghijklmnopqstuvwxyz'] as readonly string[],
    when: 'page',
    label: 'keys.notes.disposition',
  },
  // Saves the wrap-up from anywhere in Notes, the note box included (issue 15 goal: ≤ 6 keys).
  { id: 'notes.save', scope: 'notes', keys: ['Alt+Enter'], when: 'always', label: 'keys.notes.save' },
] as const satisfies readonly KeyBinding[];

export type KeyId = (typeof KEY_BINDINGS)[number]['id'];

/** The scopes whose keys can meet: the panel's keys are live in every section. */
export function scopesOverlap(a: KeyScope, b: KeyScope): boolean {
  return a === b || a === 'panel' || b === 'panel';
}

export function whensOverlap(a: KeyWhen, b: KeyWhen): boolean {
  return a === b || a === 'always' || b === 'always';
}

/** Two bindings that one key press could both fire: the registry must have none. */
export function collisions(
  bindings: readonly KeyBinding[] = KEY_BINDINGS,
): { key: string; a: string; b: string }[] {
  const found: { key: string; a: string; b: string }[] = [];
  bindings.forEach((a, i) => {
    for (const b of bindings.slice(i + 1)) {
      if (!scopesOverlap(a.scope, b.scope) || !whensOverlap(a.when, b.when)) continue;
      for (const key of a.keys) if (b.keys.includes(key)) found.push({ key, a: a.id, b: b.id });
    }
  });
  return found;
}

const NAMED: Record<string, string> = { ' ': 'Space', Spacebar: 'Space', Esc: 'Escape' };

/**
 * The chord a key press spells, layout-tolerant: with Alt the physical key is used (Alt+S is `ß` on
 * a Mac), digits come from the digit row whatever the layout prints on it. Null for a lone modifier
 * or a Ctrl/Meta chord (the browser's own).
 */
export function chordOf(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): string | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (['Alt', 'Shift', 'Control', 'Meta', 'AltGraph', 'CapsLock'].includes(event.key)) return null;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code)?.[1];
  const letter = /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase();
  let key = NAMED[event.key] ?? event.key;
  if (event.altKey) key = digit ?? letter ?? key;
  else if (digit && !event.shiftKey) key = digit;
  if (key.length === 1) key = key.toLowerCase();
  return event.altKey ? `Alt+${key}` : key;
}

/** How the key map writes a chord: `Alt+S`, `Space`, `?`. */
export function chordLabel(chord: string): string {
  return chord
    .split('+')
    .map((part) => (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

export { isImeKey };

/**
 * The registry binding among `ids` a key press in a field spells, with its chord, or null. A field's
 * own keys (the objection search's list keys) are handled by the field itself through this, so
 * they work wherever the field is shown — the Studio's preview has no panel listener — and the key
 * map still lists them from the registry.
 */
export function fieldBinding(
  event: KeyboardEvent,
  ids: readonly KeyId[],
): { id: KeyId; chord: string } | null {
  if (isImeKey(event)) return null;
  const chord = chordOf(event);
  if (chord === null) return null;
  const binding = KEY_BINDINGS.find(
    (b) => ids.includes(b.id) && b.when === 'field' && (b.keys as readonly string[]).includes(chord),
  );
  return binding ? { id: binding.id, chord } : null;
}

/** Whether a key press is typing into a field: panel shortcuts must then leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  // A checkbox or radio takes no text: the panel's keys stay live on it.
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
