/**
 * One evaluator per rule type (code review item 8): adding a rule type is a schema entry and a
 * file here; the `satisfies` makes a missing one a type error.
 */
import type { RuleType } from '../../pack/schema';
import type { ComplianceInput, RuleOf, RuleVerdict } from '../types';
import { attemptCap } from './attempt-cap';
import { callWindow } from './call-window';
import { contactFrequency } from './contact-frequency';
import { forbiddenPhrases } from './forbidden-phrases';
import { recordingNotice } from './recording-notice';
import { retention } from './retention';
import { stopFlag } from './stop-flag';
import { thirdParty } from './third-party';

export type RuleEvaluator<T extends RuleType> = (rule: RuleOf<T>, input: ComplianceInput) => RuleVerdict;

export const RULE_EVALUATORS = {
  callWindow,
  attemptCap,
  contactFrequency,
  stopFlag,
  thirdParty,
  recordingNotice,
  forbiddenPhrases,
  retention,
} satisfies { [T in RuleType]: RuleEvaluator<T> };
