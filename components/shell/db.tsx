import { createContext, type ReactNode, useContext } from 'react';
import type { CallAssistDB } from '@/lib/db/schema';

const DbContext = createContext<CallAssistDB | null>(null);

/** The panel's database, provided once so component tests can hand in a fake-indexeddb one. */
export function DbProvider({ db, children }: { db: CallAssistDB; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): CallAssistDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
