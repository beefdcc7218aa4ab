/**
 * The call's checklist (issue 5 §3): which items are due, which are ticked and when, and the
 * overrides that let an agent go on past a block or an unticked required item with a typed
 * reason, kept on the call. Pure: the panel writes the results with `updateCall` from lib/db.
 */
import type { LocalizedText } from '../i18n/text';
import type { ChecklistItem, Pack, Phase, Script, Stage } from '../pack/schema';
import { PHASES } from '../pack/schema';

export type { ChecklistItem } from '../pack/schema';

/** One tick: when, and whether a script line ticked it or the agent did by hand. */
export interface ChecklistTick {
  at: number;
  by: 'line' | 'hand';
}

/** An override kept on the call: a block gone past, or a wrap-up saved with required items unticked. */
export interface CallOverride {
  kind: 'rule' | 'checklist';
  ruleId?: string;
  reason: string;
  /** The supervisor who approved it, for rules only a supervisor may override (issue 12 §8). */
  supervisorId?: string;
  /**
   * The stop flags a stop-flag block matched when it was gone past (stop12): the override covers
   * those, and a flag that shows later, on the CRM or on the call, blocks again. Absent on
   * overrides stored before it (then only a flag raised on the call after `at` blocks again).
   */
  flags?: string[];
  at: number;
}

/** What of a call the checklist reads; `CallRecord` from lib/db fits it. */
export interface ChecklistCall {
  stages: readonly { stageId: string; at: number }[];
  checklist: Readonly<Record<string, ChecklistTick>>;
  thirdParty?: { at: number };
  overrides: readonly CallOverride[];
}

/** Phases a call that only reached a third party ever needs: nothing else was said to anyone. */
const THIRD_PARTY_PHASES: ReadonlySet<Phase> = new Set(['identify', 'thirdParty']);

/** Phases in which the agent talks to the debtor about the debt: visiting one means the debtor is back on the line. */
const DEBTOR_PHASES: ReadonlySet<Phase> = new Set([
  'disclose',
  'understand',
  'negotiate',
  'commit',
  'escalate',
]);

/** The stage a visited id names: in the call's script, else in any script of the pack (a renamed segment). */
function stageFinder(pack: Pick<Pack, 'scripts'>, script: Pick<Script, 'stages'> | null) {
  return (stageId: string): Stage | undefined =>
    script?.stages.find((s) => s.id === stageId) ??
    pack.scripts.flatMap((s) => s.stages).find((s) => s.id === stageId);
}

/**
 * The call went to a third party and never came back to the debtor: true when it is flagged third
 * party or visited a third-party stage, and no debtor stage was visited after that.
 */
export function onlyThirdParty(
  call: Pick<ChecklistCall, 'stages' | 'thirdParty'>,
  stageOf: (stageId: string) => Stage | undefined,
): boolean {
  const firstThirdPartyStage = call.stages.find((s) => stageOf(s.stageId)?.phase === 'thirdParty')?.at;
  const since = Math.min(call.thirdParty?.at ?? Infinity, firstThirdPartyStage ?? Infinity);
  if (!Number.isFinite(since)) return false;
  // A stage entered at the same instant as the switch was the third-party stage itself.
  return !call.stages.some((s) => {
    const phase = stageOf(s.stageId)?.phase;
    return s.at > since && phase !== undefined && DEBTOR_PHASES.has(phase);
  });
}

/**
 * Checklist items this call had to cover, ticked or not, in pack order:
 * - an item a stage of the script lists (`stage.checklist`) is due when one of those stages was
 *   visited; an item no stage lists is due when a visited stage is in its phase. (A wrong-number
 *   call visits identify and a `close` stage: it must not owe the close stage's summary.)
 * - a call that only reached a third party owes only identify and third-party items.
 */
export function dueItems(
  pack: Pick<Pack, 'checklist' | 'scripts'>,
  call: Pick<ChecklistCall, 'stages' | 'thirdParty'>,
  script: Pick<Script, 'stages'> | null,
): ChecklistItem[] {
  const stageOf = stageFinder(pack, script);
  const visited = call.stages.map((s) => stageOf(s.stageId)).filter((s): s is Stage => s !== undefined);
  const phasesReached = new Set(visited.map((s) => s.phase));
  const listedByVisited = new Set(visited.flatMap((s) => s.checklist ?? []));
  const home = script ?? pack.scripts.find((s) => s.stages.some((st) => visited.includes(st))) ?? null;
  const listedAnywhere = new Set((home?.stages ?? visited).flatMap((s) => s.checklist ?? []));
  const thirdPartyOnly = onlyThirdParty(call, stageOf);
  return pack.checklist.filter((item) => {
    if (thirdPartyOnly && !THIRD_PARTY_PHASES.has(item.phase)) return false;
    return listedAnywhere.has(item.id) ? listedByVisited.has(item.id) : phasesReached.has(item.phase);
  });
}

/**
 * Items the chosen outcome owes whichever stages were visited (issue 12 §9): a promise owes its
 * read-back even when the agent skipped the script to the wrap-up.
 */
export function owedByDisposition(
  pack: Pick<Pack, 'checklist' | 'dispositions'>,
  dispositionId: string | undefined,
): ChecklistItem[] {
  const owes = new Set(pack.dispositions.find((d) => d.id === dispositionId)?.owes ?? []);
  return pack.checklist.filter((item) => owes.has(item.id));
}

/**
 * The checklist items that keep the wrap-up from being saved: required items not ticked whose part
 * of the call was reached, and every item the chosen disposition owes that is not ticked. The
 * wrap-up is refused while this is not empty, unless `overrideChecklist` records a reason.
 * `script` is the script of the call's segment (`selectSegment(pack, context, call.segmentId)`);
 * null falls back to looking the visited stages up in every script of the pack.
 */
export function wrapUpBlockers(
  pack: Pick<Pack, 'checklist' | 'scripts'> & Partial<Pick<Pack, 'dispositions'>>,
  call: Pick<ChecklistCall, 'stages' | 'checklist' | 'thirdParty'>,
  script: Pick<Script, 'stages'> | null,
  dispositionId?: string,
): ChecklistItem[] {
  const due = dueItems(pack, call, script).filter((item) => item.required);
  const owed = owedByDisposition(
    { checklist: pack.checklist, dispositions: pack.dispositions ?? [] },
    dispositionId,
  );
  const ids = new Set([...due, ...owed].map((item) => item.id));
  return pack.checklist.filter((item) => ids.has(item.id) && call.checklist[item.id] === undefined);
}

/** True when the call holds a checklist override: the wrap-up may be saved despite `wrapUpBlockers`. */
export function checklistOverridden(call: Pick<ChecklistCall, 'overrides'>): boolean {
  return call.overrides.some((o) => o.kind === 'checklist');
}

/** The wrap-up may be saved: nothing blocks it, or the agent gave a reason to go on. */
export function wrapUpAllowed(
  pack: Pick<Pack, 'checklist' | 'scripts'> & Partial<Pick<Pack, 'dispositions'>>,
  call: Pick<ChecklistCall, 'stages' | 'checklist' | 'thirdParty' | 'overrides'>,
  script: Pick<Script, 'stages'> | null,
  dispositionId?: string,
): boolean {
  return checklistOverridden(call) || wrapUpBlockers(pack, call, script, dispositionId).length === 0;
}

// ---- Overrides -------------------------------------------------------------------------------

/** Matches the call row's limit on short texts (lib/db/records.ts). */
export const OVERRIDE_REASON_MAX = 2000;
/** A reason must say something: "ok" or "." is not a reason a reviewer can check. */
export const OVERRIDE_REASON_MIN = 2;

export const OVERRIDE_REASON_PROBLEM: LocalizedText = {
  zh: `请写明继续的原因（至少 ${OVERRIDE_REASON_MIN} 个字）。`,
  en: `Write why you go on (at least ${OVERRIDE_REASON_MIN} characters).`,
};

/** The reason as it will be kept (trimmed, capped), or null when it is too short to be one. */
export function overrideReason(text: string): string | null {
  const reason = text.trim().slice(0, OVERRIDE_REASON_MAX);
  return [...reason].length >= OVERRIDE_REASON_MIN ? reason : null;
}

/**
 * The call with a checklist override added: `{ kind: 'checklist', reason, at }`. Use inside
 * `updateCall(db, id, (c) => overrideChecklist(c, reason, Date.now()))`. Throws on an empty reason,
 * so a blank override can never be stored.
 */
export function overrideChecklist<C extends Pick<ChecklistCall, 'overrides'>>(
  call: C,
  reason: string,
  at: number,
): C {
  const kept = overrideReason(reason);
  if (kept === null) throw new RangeError(OVERRIDE_REASON_PROBLEM.en);
  return { ...call, overrides: [...call.overrides, { kind: 'checklist', reason: kept, at }] };
}

/** The call with one rule override per blocking rule gone past: `{ kind: 'rule', ruleId, reason, at }`. */
export function overrideRules<C extends Pick<ChecklistCall, 'overrides'>>(
  call: C,
  ruleIds: readonly string[],
  reason: string,
  at: number,
): C {
  const kept = overrideReason(reason);
  if (kept === null) throw new RangeError(OVERRIDE_REASON_PROBLEM.en);
  const added = ruleIds.map((ruleId) => ({ kind: 'rule' as const, ruleId, reason: kept, at }));
  return { ...call, overrides: [...call.overrides, ...added] };
}

// ---- Display ---------------------------------------------------------------------------------

export interface ChecklistGroup {
  phase: Phase;
  items: ChecklistItem[];
}

/** Phases in the order a call meets them; a third party answers right after identification. */
const DISPLAY_ORDER: readonly Phase[] = [
  'identify',
  'thirdParty',
  'disclose',
  'understand',
  'negotiate',
  'commit',
  'escalate',
  'close',
];

/** The pack's items grouped by phase, phases in call order, items in pack order. */
export function checklistByPhase(checklist: readonly ChecklistItem[]): ChecklistGroup[] {
  const order = [...DISPLAY_ORDER, ...PHASES.filter((p) => !DISPLAY_ORDER.includes(p))];
  return order
    .map((phase) => ({ phase, items: checklist.filter((i) => i.phase === phase) }))
    .filter((g) => g.items.length > 0);
}

/** The call with an item ticked by hand now, or unticked; a tick keeps its first time. */
export function tickByHand<C extends Pick<ChecklistCall, 'checklist'>>(
  call: C,
  itemId: string,
  ticked: boolean,
  at: number,
): C {
  const checklist = { ...call.checklist };
  if (ticked) checklist[itemId] ??= { at, by: 'hand' };
  else delete checklist[itemId];
  return { ...call, checklist };
}
