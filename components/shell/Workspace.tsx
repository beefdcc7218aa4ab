/**
 * Everything that needs the database and the pack: loaded as its own chunk right after the shell
 * has painted the account header, so the first paint carries only React, the shell and the
 * messages (the initial-JavaScript budget), while the agent already sees who is on the line.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { CallAssistDB } from '@/lib/db/schema';
import { loadActivePack } from '@/lib/pack/store';
import { DbProvider } from './db';
import { PanelView } from './PanelView';
import { usePackWithStrings } from './pack-strings';
import type { ReportState } from './panel-data';

const db = new CallAssistDB();

export default function Workspace({
  packId,
  report,
  followedTab,
}: {
  packId: string;
  report: ReportState;
  followedTab: number | null;
}) {
  const pack = usePackWithStrings(useLiveQuery(() => loadActivePack(db, packId), [packId]));
  return (
    <DbProvider db={db}>
      <PanelView pack={pack} report={report} followedTab={followedTab} />
    </DbProvider>
  );
}
