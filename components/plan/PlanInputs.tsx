import { useId } from 'react';
import { useI18n } from '@/components/shell/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { ProblemText } from '@/lib/plan/typed-problem';

/** One input prefilled from the CRM: says whether the value is the CRM's or the agent's. */
export interface InputState {
  text: string;
  edited: boolean;
  /** What is wrong with the text, if anything. */
  error: ProblemText | null;
  hint?: string;
}

export function inputState(
  text: string,
  edited: boolean,
  error: ProblemText | null,
  hint?: string,
): InputState {
  return { text, edited, error, ...(hint ? { hint } : {}) };
}

export interface PlanInputsProps {
  balance: InputState;
  minimumDue: InputState;
  dpd: InputState;
  firstDue: InputState;
  hardship: boolean;
  today: string;
  onText: (name: 'balance' | 'minimumDue' | 'dpd' | 'firstDue', text: string) => void;
  onHardship: (value: boolean) => void;
}

/** Balance, minimum due, DPD, first due date, hardship: prefilled, editable, validated as typed. */
export function PlanInputs(props: PlanInputsProps) {
  const { t } = useI18n();
  const id = useId();
  const field = (
    name: 'balance' | 'minimumDue' | 'dpd' | 'firstDue',
    label: MessageKey,
    state: InputState,
    inputMode: 'decimal' | 'numeric' | 'text',
    fromCrm: boolean,
  ) => {
    const note = state.error ? t(state.error.key, state.error.params) : state.hint;
    return (
      <div className="plan-field">
        <label htmlFor={`${id}-${name}`}>
          {t(label)}
          {fromCrm && (
            <span className="plan-source">{state.edited ? t('plan.edited') : t('plan.fromCrm')}</span>
          )}
        </label>
        <input
          id={`${id}-${name}`}
          inputMode={inputMode}
          autoComplete="off"
          value={state.text}
          placeholder={name === 'firstDue' ? t('plan.firstDuePlaceholder') : undefined}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={note ? `${id}-${name}-note` : undefined}
          onChange={(event) => props.onText(name, event.target.value)}
        />
        {note && (
          <small id={`${id}-${name}-note`} className={state.error ? 'plan-error' : 'muted'}>
            {note}
          </small>
        )}
      </div>
    );
  };
  return (
    <fieldset className="plan-inputs">
      <legend>{t('plan.inputs')}</legend>
      {field('balance', 'plan.balance', props.balance, 'decimal', true)}
      {field('minimumDue', 'plan.minimumDue', props.minimumDue, 'decimal', true)}
      {field('dpd', 'plan.dpd', props.dpd, 'numeric', true)}
      {field('firstDue', 'plan.firstDue', props.firstDue, 'text', false)}
      <div className="plan-field">
        <span className="plan-field__label">{t('plan.today')}</span>
        <output className="plan-num" data-testid="plan-today">
          {props.today}
        </output>
      </div>
      <div className="plan-field plan-field--check">
        <label>
          <input
            type="checkbox"
            checked={props.hardship}
            onChange={(event) => props.onHardship(event.target.checked)}
          />{' '}
          {t('plan.hardship')}
        </label>
      </div>
    </fieldset>
  );
}
