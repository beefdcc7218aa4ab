/**
 * The one document key listener of the panel (issue 15 item 1): it looks a key press up in the
 * registry (`keys.ts`) and calls the handler a mounted component gave for it. Only the panel's keys
 * and the visible section's keys fire; nothing fires while an IME composes, and a key a field or
 * dialog already handled (`defaultPrevented`) is left alone.
 */
import { createContext, type ReactNode, useContext, useEffect, useEffectEvent, useState } from 'react';
import { chordOf, isImeKey, isTyping, KEY_BINDINGS, type KeyId, type KeyScope } from './keys';

/** Returns false when the key does not apply now, so the browser (or the next binding) keeps it. */
export type KeyHandler = (event: KeyboardEvent, chord: string) => unknown;
type Registered = (id: KeyId, event: KeyboardEvent, chord: string) => unknown;

export class KeyDispatcher {
  /** The section on screen; its keys and the panel's are the live ones. */
  open: KeyScope = 'script';
  private readonly handlers = new Map<KeyId, Registered[]>();

  register(ids: readonly KeyId[], handler: Registered): () => void {
    for (const id of ids) this.handlers.set(id, [...(this.handlers.get(id) ?? []), handler]);
    return () => {
      for (const id of ids)
        this.handlers.set(
          id,
          (this.handlers.get(id) ?? []).filter((h) => h !== handler),
        );
    };
  }

  dispatch(event: KeyboardEvent): void {
    if (event.defaultPrevented || isImeKey(event)) return;
    const chord = chordOf(event);
    if (chord === null) return;
    const typing = isTyping(event.target);
    const live = KEY_BINDINGS.filter(
      (b) =>
        (b.keys as readonly string[]).includes(chord) &&
        (b.scope === this.open || b.scope === 'panel') &&
        (b.when === 'always' || (b.when === 'field') === typing),
    );
    // The section's own binding first: its Escape closes its dialog before the panel's applies.
    live.sort((a, b) => Number(a.scope === 'panel') - Number(b.scope === 'panel'));
    for (const binding of live) {
      for (const handler of [...(this.handlers.get(binding.id) ?? [])].reverse()) {
        if (handler(binding.id, event, chord) !== false) {
          event.preventDefault();
          return;
        }
      }
    }
  }
}

const KeyContext = createContext<KeyDispatcher | null>(null);

/** Mounts the listener; `open` is the section on screen. */
export function KeyProvider({ open, children }: { open: KeyScope; children: ReactNode }) {
  const [dispatcher] = useState(() => new KeyDispatcher());
  dispatcher.open = open;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => dispatcher.dispatch(event);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dispatcher]);
  return <KeyContext.Provider value={dispatcher}>{children}</KeyContext.Provider>;
}

/**
 * Gives handlers for registry keys. The handlers always see the latest render (an effect event),
 * so a key pressed right after "start call" never meets the previous render's "no call".
 */
export function useKeys(handlers: Partial<Record<KeyId, KeyHandler>>): void {
  const dispatcher = useContext(KeyContext);
  const onKey = useEffectEvent((id: KeyId, event: KeyboardEvent, chord: string) => {
    const handler = handlers[id];
    return handler ? handler(event, chord) : false;
  });
  const ids = Object.keys(handlers).sort().join(' ');
  useEffect(() => {
    if (!dispatcher || ids === '') return;
    return dispatcher.register(ids.split(' ') as KeyId[], (id, event, chord) => onKey(id, event, chord));
  }, [dispatcher, ids]);
}
