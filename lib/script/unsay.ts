/**
 * Taking back a line marked said by mistake (live-call walk 10): a mis-pressed Space recorded the
 * recording notice as given and ticked its checklist item, and neither the script nor the
 * checklist could undo it ("a line's tick is the script's proof; it is undone in the script").
 * The line leaves `linesSaid`, and each item it ticked is unticked unless the agent ticked it by
 * hand or another line still said ticks it too.
 */
import type { CallRecord } from '../db/records';
import type { Line, Script } from '../pack/schema';

export function unsay(call: CallRecord, line: Line, script: Script): CallRecord {
  const linesSaid = call.linesSaid.filter((s) => s.lineId !== line.id);
  const stillSaid = new Set(linesSaid.map((s) => s.lineId));
  const stillTicked = new Set(
    script.stages
      .flatMap((stage) => stage.lines)
      .filter((other) => stillSaid.has(other.id))
      .flatMap((other) => other.ticks ?? []),
  );
  const checklist = { ...call.checklist };
  for (const item of line.ticks ?? []) {
    if (checklist[item]?.by === 'line' && !stillTicked.has(item)) delete checklist[item];
  }
  return { ...call, linesSaid, checklist };
}
