/**
 * A section's half-done input that survives closing or reloading the side panel mid-call (live-call
 * walk 10): state like `useState`, kept for the call in progress (lib/unsaved) and restored when the
 * section mounts again for the same call, unless the agent changed it first. Without a call, or in
 * the Studio's preview, it is plain state. A change is written behind the typing by the panel's
 * writer, one write at a time and no clock (lib/unsaved/writer.ts), and what waits is written at
 * once when the panel may go away (use-leave-flush.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { type UnsavedArea, unsavedKey, unsavedValue } from '@/lib/unsaved/inputs';
import { usePreview, useUnsavedSession } from './db';
import { useLeaveFlush } from './use-leave-flush';

export interface Unsaved<T> {
  value: T;
  set: (update: T | ((current: T) => T)) => void;
  /** The kept value was read (or there is none to read): effects that fill defaults wait for it. */
  ready: boolean;
}

export function useUnsaved<T extends object | string>(
  area: UnsavedArea,
  accountKey: string | undefined,
  callId: string | undefined,
  initial: T,
  /** A module constant: what a kept value must read as to be restored. */
  schema: z.ZodType<T>,
): Unsaved<T> {
  const preview = usePreview();
  const session = useUnsavedSession();
  const { writer } = session;
  const [value, setValue] = useState<T>(initial);
  const current = useRef(value);
  const changed = useRef(false);
  const [readFor, setReadFor] = useState<string | null>(null);
  const key =
    accountKey === undefined || callId === undefined || preview ? null : unsavedKey(accountKey, area);

  const keep = useCallback(
    (next: T) => {
      if (key === null || callId === undefined) return;
      writer.keep(key, { callId, at: Date.now(), value: next });
    },
    [writer, key, callId],
  );
  // Failing to keep a copy for a reloaded panel is not shown: the input is still on screen.
  const flush = useCallback(() => void writer.flush().catch(() => undefined), [writer]);
  useLeaveFlush(flush, { onBlur: true });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the schema is a module constant
  useEffect(() => {
    if (key === null || callId === undefined) return;
    // Typed before the call existed (or under the previous one): kept under this call from now on.
    if (changed.current) {
      keep(current.current);
      return;
    }
    let live = true;
    const done = () => live && setReadFor(callId);
    session.read().then((store) => {
      const kept = unsavedValue(store, key, callId, schema);
      if (live && kept !== undefined && !changed.current) {
        current.current = kept;
        setValue(kept);
      }
      done();
    }, done);
    return () => {
      live = false;
    };
  }, [session, key, callId, keep]);

  const set = useCallback(
    (update: T | ((current: T) => T)) => {
      const next = typeof update === 'function' ? (update as (c: T) => T)(current.current) : update;
      current.current = next;
      changed.current = true;
      setValue(next);
      keep(next);
    },
    [keep],
  );

  // Once the agent changed it, nothing kept can replace it: ready without waiting for a read.
  return { value, set, ready: key === null || changed.current || readFor === callId };
}
