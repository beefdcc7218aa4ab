/**
 * The rule engine's input and output (issue 5 §1, issue 12): a pure function of the pack's rules,
 * the account context, the clock, earlier call attempts and the live call's state.
 */
import type { AccountContext } from '../crm/context';
import type { LocalizedText } from '../i18n/text';
import type { OverrideLevel, Phase, Rule, RuleType } from '../pack/schema';

/** An earlier call attempt (from the `calls` table); the current call is not one of them. */
export interface CallAttempt {
  /**
   * The call record it was read from: the call being judged is told from earlier ones by it, never
   * by its start time (two calls may start in the same millisecond: live-call walk 11 §1).
   */
  callId?: string;
  /** Epoch milliseconds the attempt was placed. */
  at: number;
  accountKey: string;
  /** Number dialled, as stored; compared by digits. */
  phone?: string;
  /** Someone picked up (the pack's disposition `contact` is not `none`, or the call showed it). */
  answered: boolean;
  /** The debtor was reached (`contact: debtor`, or the call showed it: issue 12 §2). */
  conversation: boolean;
  /** The debtor asked to be called back at this time (epoch ms): 12 CFR 1006.14(b)(3) consent. */
  requestedCallbackAt?: number;
}

export interface CallState {
  /** Someone other than the debtor is on the line. */
  thirdParty: boolean;
  /** Phase of the stage the call is in; null before the script starts. */
  phase: Phase | null;
  /** Checklist item id → epoch ms it was ticked. */
  ticked: Record<string, number>;
}

export interface ComplianceInput {
  rules: readonly Rule[];
  context: AccountContext | null;
  /** The pack's default zone for debtors whose zone the CRM does not give. */
  packTimezone: string;
  /** Epoch milliseconds. */
  now: number;
  history: readonly CallAttempt[];
  /** The call in progress, or null when the agent is about to dial. */
  call: CallState | null;
  /** Checklist item text by id: verdicts name an item as the agent reads it, never by its id. */
  itemText?: Readonly<Record<string, string>>;
}

export type VerdictLevel = 'ok' | 'warn' | 'block';

export interface Verdict {
  ruleId: string;
  type: RuleType;
  level: VerdictLevel;
  message: LocalizedText;
  numbers: Record<string, number | string>;
  /** Who may go on past this verdict when it blocks (the rule's `override`, default `agent`). */
  override: OverrideLevel;
}

export type RuleOf<T extends RuleType> = Extract<Rule, { type: T }>;

/** What one rule type's evaluator returns; the engine adds `override`. */
export type RuleVerdict = Omit<Verdict, 'override'>;
