import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { CallAssistDB } from '@/lib/db/schema';
import { databaseWrites, type PanelWrites } from './writes';

interface Store {
  db: CallAssistDB;
  writes: PanelWrites;
  preview: boolean;
}

const DbContext = createContext<Store | null>(null);

/**
 * The panel's database, provided once so component tests can hand in a fake-indexeddb one.
 * `preview` (the Studio's live preview, issue 17 item 2): the sections only read it, and every
 * change goes to the `writes` given instead, which never reach the database or the settings.
 */
export function DbProvider({
  db,
  preview,
  children,
}: {
  db: CallAssistDB;
  preview?: { writes: PanelWrites };
  children: ReactNode;
}) {
  const previewWrites = preview?.writes;
  const value = useMemo(
    () => ({ db, writes: previewWrites ?? databaseWrites(db), preview: previewWrites !== undefined }),
    [db, previewWrites],
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

/** True in the Studio's preview: prompts that only make sense in a live call stay hidden. */
export function usePreview(): boolean {
  return useContext(DbContext)?.preview ?? false;
}
