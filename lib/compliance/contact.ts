/**
 * Whom a call reached (issue 12 §1–2). The pack's disposition says it (`contact`), never a
 * hard-coded code; and a call counts as reaching the debtor when it showed it — a debtor-phase
 * stage visited, a promise or plan recorded, the CRM reporting the call connected — even when the
 * agent never wrapped it up.
 */
import type { ContactKind, Disposition, Pack, Stage } from '../pack/schema';
import { type ChecklistCall, onlyThirdParty } from './checklist';

const RANK: Record<ContactKind, number> = { none: 0, thirdParty: 1, debtor: 2 };

export function moreContact(a: ContactKind, b: ContactKind): ContactKind {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The disposition's contact; a pack without `contact` (lint refuses it) falls back to `conversation`. */
export function dispositionContact(disposition: Pick<Disposition, 'contact' | 'conversation'>): ContactKind {
  return disposition.contact ?? (disposition.conversation ? 'debtor' : 'none');
}

/** Phases in which the agent talks with the debtor about the debt. */
const DEBTOR_PHASES = new Set(['disclose', 'understand', 'negotiate', 'commit', 'escalate']);

export interface ContactCall extends Pick<ChecklistCall, 'stages' | 'thirdParty'> {
  answered: boolean;
  conversation: boolean;
  promise?: unknown;
  plan?: unknown;
  disposition?: { id: string };
}

/** Whom the call reached, from every piece of evidence the record holds; the strongest wins. */
export function callContact(call: ContactCall, pack: Pick<Pack, 'scripts' | 'dispositions'>): ContactKind {
  let contact: ContactKind = call.conversation ? 'debtor' : call.answered ? 'thirdParty' : 'none';
  const chosen = call.disposition && pack.dispositions.find((d) => d.id === call.disposition?.id);
  if (chosen) contact = moreContact(contact, dispositionContact(chosen));
  if (call.promise !== undefined || call.plan !== undefined) contact = 'debtor';
  const stages = new Map<string, Stage>();
  for (const script of pack.scripts) for (const stage of script.stages) stages.set(stage.id, stage);
  const stageOf = (id: string) => stages.get(id);
  if (call.thirdParty || call.stages.some((s) => stageOf(s.stageId)?.phase === 'thirdParty'))
    contact = moreContact(contact, 'thirdParty');
  const debtorStage = call.stages.some((s) => DEBTOR_PHASES.has(stageOf(s.stageId)?.phase ?? ''));
  // A debtor-phase stage after the switch to a third party means the debtor came to the phone.
  const thirdPartyOnly = onlyThirdParty(call, stageOf);
  if (debtorStage && !thirdPartyOnly) contact = 'debtor';
  // A call that connected and was never wrapped up counts as a conversation unless it only reached
  // a third party: the frequency rules must not miss it because the agent skipped the wrap-up.
  if (!call.disposition && call.answered && !thirdPartyOnly) contact = 'debtor';
  return contact;
}
