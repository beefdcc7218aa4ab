/**
 * The Plan section's "what can they pay a month?" (issue 6 §3): the amount, up to three plans
 * inside the policy (or the nearest one), and what the call has recorded. Split from PlanSection.
 */
import { type RefObject, useId, useRef } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { isImeKey } from '@/components/shell/keys';
import type { CallRecord } from '@/lib/db';
import type { Minor } from '@/lib/plan/money';
import type { OptionsResult, PlanOption } from '@/lib/plan/options';
import type { ProblemText } from '@/lib/plan/typed-problem';
import { usePlanFormat } from './format';
import { OptionCards } from './OptionCards';

export type Suggestion = { ok: true; value: OptionsResult } | { ok: false; message: string };

/** The plans to show: those inside the policy, else the nearest one, else none. */
export function shownOptions(suggestion: Suggestion | null): readonly PlanOption[] {
  if (!suggestion?.ok) return [];
  const { options, nearest } = suggestion.value;
  return options.length > 0 ? options : nearest ? [nearest] : [];
}

export function SuggestPlan({
  monthlyRef,
  monthlyText,
  monthlyProblem,
  monthly,
  onMonthly,
  suggestion,
  shown,
  chosen,
  onChoose,
  currency,
}: {
  monthlyRef: RefObject<HTMLInputElement | null>;
  monthlyText: string;
  /** Why the typed amount is refused, null when it is fine or blank. */
  monthlyProblem: ProblemText | null;
  monthly: Minor | undefined;
  onMonthly: (text: string) => void;
  suggestion: Suggestion | null;
  shown: readonly PlanOption[];
  chosen: number;
  onChoose: (index: number) => void;
  currency: string;
}) {
  const { t } = useI18n();
  const f = usePlanFormat(currency);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  return (
    <div className="plan-suggest" ref={rootRef}>
      <div className="plan-field plan-field--monthly">
        <label htmlFor={`${id}-monthly`}>
          {t('plan.monthly')} <kbd>M</kbd>
        </label>
        <input
          id={`${id}-monthly`}
          ref={monthlyRef}
          inputMode="decimal"
          autoComplete="off"
          value={monthlyText}
          aria-keyshortcuts="m"
          aria-invalid={monthlyProblem ? true : undefined}
          aria-describedby={`${id}-monthly-hint`}
          onChange={(event) => onMonthly(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || isImeKey(event.nativeEvent)) return;
            event.preventDefault();
            // On to the options: the section's keys (A–C, R, L, G) work from there.
            const checked = rootRef.current?.querySelector<HTMLElement>('.plan-option[aria-pressed="true"]');
            if (checked) checked.focus();
            // No plan yet (a mistyped or blank amount): stay in the box with the text selected, so
            // the corrected amount replaces it; leaving let its digits switch sections (walk 9).
            else event.currentTarget.select();
          }}
        />
        <small id={`${id}-monthly-hint`} className={monthlyProblem ? 'plan-error' : 'muted'}>
          {monthlyProblem ? t(monthlyProblem.key, monthlyProblem.params) : t('plan.monthlyHint')}
        </small>
      </div>
      {suggestion && !suggestion.ok && (
        <p className="plan-error" role="alert">
          {suggestion.message}
        </p>
      )}
      {suggestion?.ok && suggestion.value.options.length === 0 && (
        <p className="plan-warn" role="status">
          {t('plan.noOptions', { amount: f.money(monthly ?? 0) })}
          {suggestion.value.nearest &&
            ` ${t('plan.nearest', { amount: f.money(suggestion.value.nearest.payment) })}`}
        </p>
      )}
      {shown.length > 0 && (
        <OptionCards options={shown} chosen={chosen} onChoose={onChoose} label={t('plan.options')} />
      )}
    </div>
  );
}

/** The plan and promise the call has recorded, under the calculator. */
export function RecordedPlan({ call, currency }: { call: CallRecord; currency: string }) {
  const { t } = useI18n();
  const f = usePlanFormat(currency);
  if (!call.plan && !call.promise) return null;
  return (
    <div className="plan-recorded" data-testid="plan-recorded">
      <strong>{t('plan.recorded')}</strong>
      {call.promise && (
        <p data-testid="plan-promise">
          {t('plan.promise', { amount: f.money(call.promise.amount), date: call.promise.date })}
        </p>
      )}
      {call.plan && <p className="muted">{t('plan.recordedPlan', { summary: call.plan.summary })}</p>}
    </div>
  );
}
