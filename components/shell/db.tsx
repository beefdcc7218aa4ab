import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { CallAssistDB } from '@/lib/db/schema';
import { type UnsavedSession, unsavedSession } from '@/lib/unsaved/session';
import { databaseWrites, type PanelWrites } from './writes';

interface Store {
  db: CallAssistDB;
  writes: PanelWrites;
  preview: boolean;
  unsaved: UnsavedSession;
}

const DbContext = createContext<Store | null>(null);

/**
 * The panel's database, provided once so component tests can hand in a fake-indexeddb one.
 * `preview` (the Studio's live preview, issue 17 item 2): the sections only read it, and every
 * change goes to the `writes` given instead, which never reach the database or the settings.
 * `unsaved`: the half-done inputs' session (lib/unsaved/session.ts), one per panel, made here
 * unless a test hands in the one it reads.
 */
export function DbProvider({
  db,
  preview,
  unsaved,
  children,
}: {
  db: CallAssistDB;
  preview?: { writes: PanelWrites };
  unsaved?: UnsavedSession;
  children: ReactNode;
}) {
  const previewWrites = preview?.writes;
  const [own] = useState(unsavedSession);
  const session = unsaved ?? own;
  const value = useMemo(
    () => ({
      db,
      writes: previewWrites ?? databaseWrites(db),
      preview: previewWrites !== undefined,
      unsaved: session,
    }),
    [db, previewWrites, session],
  );
  return <DbContext.Provider value={value}>{children}</DbContext.Provider>;
}

function useStore(): Store {
  const store = useContext(DbContext);
  if (!store) throw new Error('useDb outside DbProvider');
  return store;
}

/** The database, for reading. Changes go through `useWrites`. */
export function useDb(): CallAssistDB {
  return useStore().db;
}

export function useWrites(): PanelWrites {
  return useStore().writes;
}

/** This panel's half-done inputs (use-unsaved.ts). */
export function useUnsavedSession(): UnsavedSession {
  return useStore().unsaved;
}

/** True in the Studio's preview: prompts that only make sense in a live call stay hidden. */
export function usePreview(): boolean {
  return useContext(DbContext)?.preview ?? false;
}
