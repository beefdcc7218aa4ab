/**
 * Following a script stage by stage: forward by the stage's `next` (first whose condition holds)
 * or in order, branching on the agent's answer to a question, back along the path taken. Every
 * move is one step chosen by the agent and every walk is bounded, so a cycle in a pack can loop
 * only as often as the agent presses "next", never hang the panel.
 */
import { type ConditionFacts, holds } from '../pack/condition';
import type { Line, Script, Stage } from '../pack/schema';

export interface FlowState {
  stageId: string;
  /** Stages visited, in order (the current one last). */
  path: string[];
  /** Someone other than the debtor is on the line: only third-party lines may be said. */
  thirdParty: boolean;
  /** Answers chosen to question lines, by line id. */
  answers: Record<string, string>;
}

export type FlowAction =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'goto'; stageId: string }
  | { type: 'answer'; lineId: string; answerId: string };

export function stageOf(script: Script, stageId: string): Stage | undefined {
  return script.stages.find((s) => s.id === stageId);
}

/** Where a call starts: the first stage that is not the third-party branch. */
export function startFlow(script: Script): FlowState {
  const first = script.stages.find((s) => s.phase !== 'thirdParty') ?? script.stages[0];
  const stageId = first?.id ?? '';
  return { stageId, path: [stageId], thirdParty: false, answers: {} };
}

export function visibleLines(stage: Stage, facts: ConditionFacts): Line[] {
  return stage.lines.filter((line) => !line.when || holds(line.when, facts));
}

/** The stage "next" leads to, or null at the end of the script. */
export function nextStageId(script: Script, stageId: string, facts: ConditionFacts): string | null {
  const index = script.stages.findIndex((s) => s.id === stageId);
  const stage = script.stages[index];
  if (!stage) return null;
  if (stage.next && stage.next.length > 0) {
    const branch = stage.next.find((n) => !n.when || holds(n.when, facts));
    if (branch && stageOf(script, branch.goto)) return branch.goto;
  }
  // In order, skipping side branches (third party, escalation) that are reached only on purpose.
  for (const candidate of script.stages.slice(index + 1)) {
    if (candidate.phase !== 'thirdParty' && candidate.phase !== 'escalate') return candidate.id;
  }
  return null;
}

function moveTo(state: FlowState, script: Script, stageId: string): FlowState {
  const stage = stageOf(script, stageId);
  if (!stage || stageId === state.stageId) return state;
  return {
    ...state,
    stageId,
    path: [...state.path, stageId],
    thirdParty: stage.phase === 'thirdParty' ? true : state.thirdParty,
  };
}

export function flowStep(
  script: Script,
  facts: ConditionFacts,
  state: FlowState,
  action: FlowAction,
): FlowState {
  switch (action.type) {
    case 'next': {
      const next = nextStageId(script, state.stageId, facts);
      return next ? moveTo(state, script, next) : state;
    }
    case 'back': {
      if (state.path.length < 2) return state;
      const path = state.path.slice(0, -1);
      const stageId = path[path.length - 1] ?? state.stageId;
      const stage = stageOf(script, stageId);
      return {
        ...state,
        stageId,
        path,
        thirdParty:
          stage?.phase === 'thirdParty'
            ? true
            : state.thirdParty && path.some((id) => stageOf(script, id)?.phase === 'thirdParty'),
      };
    }
    case 'goto':
      return moveTo(state, script, action.stageId);
    case 'answer': {
      // Any question of the script may be answered again (the debtor comes to the phone after all).
      const line = script.stages.flatMap((s) => s.lines).find((l) => l.id === action.lineId);
      const answer = line?.answers?.find((a) => a.id === action.answerId);
      if (!answer) return state;
      const answered: FlowState = {
        ...state,
        answers: { ...state.answers, [action.lineId]: action.answerId },
        thirdParty: answer.thirdParty === true,
      };
      const target =
        answer.goto ??
        (answer.thirdParty ? script.stages.find((s) => s.phase === 'thirdParty')?.id : undefined);
      return target ? moveTo(answered, script, target) : answered;
    }
  }
}

/** Stages reachable from the start by `next`, answers and in-order moves (for the linter). */
export function reachableStages(script: Script): Set<string> {
  const seen = new Set<string>();
  const start = startFlow(script).stageId;
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const index = script.stages.findIndex((s) => s.id === id);
    const stage = script.stages[index];
    if (!stage) continue;
    for (const n of stage.next ?? []) queue.push(n.goto);
    for (const line of stage.lines) for (const a of line.answers ?? []) if (a.goto) queue.push(a.goto);
    if (stage.lines.some((l) => l.answers?.some((a) => a.thirdParty))) {
      const tp = script.stages.find((s) => s.phase === 'thirdParty');
      if (tp) queue.push(tp.id);
    }
    if (!stage.next || stage.next.some((n) => n.when)) {
      const following = script.stages
        .slice(index + 1)
        .find((s) => s.phase !== 'thirdParty' && s.phase !== 'escalate');
      if (following) queue.push(following.id);
    }
  }
  return seen;
}
