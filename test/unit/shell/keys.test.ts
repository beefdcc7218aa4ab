// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keyMapRows } from '@/components/shell/KeyMap';
import { KeyDispatcher } from '@/components/shell/key-dispatch';
import { chordLabel, chordOf, collisions, KEY_BINDINGS, type KeyBinding } from '@/components/shell/keys';
import { zh } from '@/lib/i18n/catalogue';
import { en } from '@/lib/i18n/catalogue-en';

const press = (key: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the key registry', () => {
  it('has no two bindings that one key press could both fire', () => {
    expect(collisions()).toEqual([]);
  });

  it('finds a collision when one is declared', () => {
    const clash: KeyBinding[] = [
      { id: 'a', scope: 'panel', keys: ['x'], when: 'page', label: 'keys.help' },
      { id: 'b', scope: 'plan', keys: ['x'], when: 'always', label: 'keys.help' },
      { id: 'c', scope: 'script', keys: ['x'], when: 'field', label: 'keys.help' },
      { id: 'd', scope: 'notes', keys: ['x'], when: 'field', label: 'keys.help' },
    ];
    expect(collisions(clash)).toEqual([{ key: 'x', a: 'a', b: 'b' }]);
  });

  it('leaves letters, digits and Space to a field: keys live there are chords or named keys', () => {
    // A single character typed into a field is text ("只能还500", "kehu shuo…"). The one exception,
    // the search list's digits, fires only after ↑/↓ moved into the list (ObjectionsSection).
    const typed = KEY_BINDINGS.filter((b) => b.when !== 'page' && b.id !== 'objections.pick').flatMap((b) =>
      (b.keys as readonly string[]).filter((k) => k.length === 1 || k === 'Space').map((k) => `${b.id} ${k}`),
    );
    expect(typed).toEqual([]);
    const pick = KEY_BINDINGS.find((b) => b.id === 'objections.pick');
    expect(pick?.scope).toBe('objections');
  });

  it('starts and ends calls only with a chord', () => {
    for (const id of ['call.start', 'call.end']) {
      const binding = KEY_BINDINGS.find((b) => b.id === id);
      expect(binding?.keys.every((k) => k.startsWith('Alt+'))).toBe(true);
    }
  });

  it('names every binding in both languages, and the key map lists them all', () => {
    for (const binding of KEY_BINDINGS) {
      expect(zh[binding.label]).toBeTruthy();
      expect(en[binding.label]).toBeTruthy();
    }
    const listed = keyMapRows().flatMap((r) => r.chords);
    for (const binding of KEY_BINDINGS) {
      for (const key of binding.keys) expect(listed).toContain(chordLabel(key));
    }
  });

  it('is the only keydown listener on the document', () => {
    const offenders = ['components', 'entrypoints'].flatMap(sources).filter((path) => {
      const text = readFileSync(path, 'utf8');
      return (
        /(document|window)\.addEventListener\(\s*'keydown'/.test(text) && !path.endsWith('key-dispatch.tsx')
      );
    });
    expect(offenders).toEqual([]);
  });
});

describe('chordOf', () => {
  it('spells keys as the registry does', () => {
    expect(chordOf(press(' ', { code: 'Space' }))).toBe('Space');
    expect(chordOf(press('S', { code: 'KeyS', shiftKey: true }))).toBe('s');
    expect(chordOf(press('ß', { code: 'KeyS', altKey: true }))).toBe('Alt+s');
    expect(chordOf(press('&', { code: 'Digit1' }))).toBe('1');
    expect(chordOf(press('?', { code: 'Slash', shiftKey: true }))).toBe('?');
    expect(chordOf(press('c', { code: 'KeyC', ctrlKey: true }))).toBeNull();
    expect(chordOf(press('Shift', { code: 'ShiftLeft' }))).toBeNull();
  });
});

describe('KeyDispatcher', () => {
  const setup = (open: 'script' | 'plan' = 'script') => {
    const dispatcher = new KeyDispatcher();
    dispatcher.open = open;
    const calls: string[] = [];
    dispatcher.register(['call.start', 'script.said', 'plan.agree', 'field.leave'], (id) => {
      calls.push(id);
    });
    return { dispatcher, calls };
  };

  it('sends a key to the panel and the visible section only', () => {
    const { dispatcher, calls } = setup('script');
    dispatcher.dispatch(press('g', { code: 'KeyG' }));
    dispatcher.dispatch(press(' ', { code: 'Space' }));
    expect(calls).toEqual(['script.said']);
  });

  it('fires nothing while an IME composes', () => {
    const { dispatcher, calls } = setup();
    dispatcher.dispatch(press(' ', { code: 'Space', isComposing: true }));
    dispatcher.dispatch(press('Process', { code: 'KeyS', altKey: true, keyCode: 229 }));
    expect(calls).toEqual([]);
  });

  it('keeps page keys out of fields, and fires field keys only there', () => {
    const { dispatcher, calls } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    input.addEventListener('keydown', (event) => dispatcher.dispatch(event));
    input.dispatchEvent(press(' ', { code: 'Space' }));
    input.dispatchEvent(press('Escape', { code: 'Escape' }));
    input.dispatchEvent(press('s', { code: 'KeyS', altKey: true }));
    dispatcher.dispatch(press('Escape', { code: 'Escape' }));
    expect(calls).toEqual(['field.leave', 'call.start']);
    input.remove();
  });

  it('lets the next handler or the browser have a key a handler declines', () => {
    const dispatcher = new KeyDispatcher();
    dispatcher.register(['script.said'], () => 'handled');
    dispatcher.register(['script.said'], () => false);
    const taken = press(' ', { code: 'Space' });
    dispatcher.dispatch(taken);
    expect(taken.defaultPrevented).toBe(true);
    const declined = new KeyDispatcher();
    declined.register(['script.said'], () => false);
    const kept = press(' ', { code: 'Space' });
    declined.dispatch(kept);
    expect(kept.defaultPrevented).toBe(false);
  });
});
