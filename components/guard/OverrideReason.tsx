import { type KeyboardEvent, useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { isImeKey } from '@/components/shell/keys';
import type { Verdict } from '@/lib/compliance/evaluate';
import { checkOverride, overrideNeeded } from '@/lib/compliance/override';
import type { LocalizedText } from '@/lib/i18n/text';
import './guard.css';

interface Props {
  /** The blocking verdicts the agent goes past. */
  blocks: readonly Verdict[];
  /** What the form is for, e.g. "a rule blocks this call". */
  title: string;
  /** Text of the confirm button. */
  confirm: string;
  /** Called only with a reason (and supervisor) the blocks' override levels accept. */
  onConfirm: (reason: string, supervisorId?: string) => void | Promise<void>;
  /** Escape and the cancel button; without it the form cannot be dismissed (the reason is owed). */
  onCancel?: () => void;
}

/** Escape cancels, and goes no further (the panel's own Escape handlers must not see it). */
function escapeTo(onCancel: (() => void) | undefined) {
  return (event: KeyboardEvent) => {
    // Escape during a composition cancels the IME's candidates, not the reason typed so far.
    if (event.key !== 'Escape' || !onCancel || isImeKey(event.nativeEvent)) return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
}

/**
 * Going on past a block needs a typed reason (issue 5 §2) and, for a rule only a supervisor may
 * override, the supervisor's id and a reason of real length; a rule no one may override offers no
 * way on (issue 12 §8). Enter confirms, Escape cancels. The caller keeps the reason on the call.
 */
export function OverrideReason({ blocks, title, confirm, onConfirm, onCancel }: Props) {
  const { t, l } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [supervisorId, setSupervisorId] = useState('');
  const [problem, setProblem] = useState<{
    text: LocalizedText;
    field: 'reason' | 'supervisorId' | 'none';
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const need = overrideNeeded(blocks);

  if (need === 'never') {
    return (
      <div className="override" role="alert" aria-labelledby={`${id}-title`} onKeyDown={escapeTo(onCancel)}>
        <p id={`${id}-title`} className="override__title">
          {t('guard.override.never')}
        </p>
        <ul className="override__blocks">
          {blocks.map((v) => (
            <li key={v.ruleId}>{l(v.message)}</li>
          ))}
        </ul>
        {onCancel && (
          <div className="override__actions">
            {/* biome-ignore lint/a11y/noAutofocus: the notice opens on the agent's own action */}
            <button type="button" autoFocus onClick={onCancel}>
              {t('guard.override.cancel')} <kbd>Esc</kbd>
            </button>
          </div>
        )}
      </div>
    );
  }

  return (
    <form
      className="override"
      aria-labelledby={`${id}-title`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (busy) return;
        const checked = checkOverride(blocks, { reason, supervisorId });
        if (!checked.ok) {
          setProblem({ text: checked.problem, field: checked.field });
          return;
        }
        setBusy(true);
        try {
          await onConfirm(checked.reason, checked.supervisorId);
        } finally {
          setBusy(false);
        }
      }}
      onKeyDown={escapeTo(onCancel)}
    >
      <p id={`${id}-title`} className="override__title">
        {title}
      </p>
      {need === 'supervisor' && <p className="override__supervisor">{t('guard.override.supervisorTitle')}</p>}
      <ul className="override__blocks">
        {blocks.map((v) => (
          <li key={v.ruleId}>{l(v.message)}</li>
        ))}
      </ul>
      <label htmlFor={`${id}-reason`} className="override__label">
        {t('guard.override.reason')}
      </label>
      <input
        id={`${id}-reason`}
        type="text"
        // The form appears because the agent asked to go on: the reason box is where they type next.
        // biome-ignore lint/a11y/noAutofocus: the form opens on the agent's own action
        autoFocus
        value={reason}
        maxLength={2000}
        aria-invalid={problem?.field === 'reason'}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          setProblem(null);
        }}
      />
      {need === 'supervisor' && (
        <>
          <label htmlFor={`${id}-supervisor`} className="override__label">
            {t('guard.override.supervisorId')}
          </label>
          <input
            id={`${id}-supervisor`}
            type="text"
            value={supervisorId}
            maxLength={64}
            autoComplete="off"
            aria-invalid={problem?.field === 'supervisorId'}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setSupervisorId(event.target.value);
              setProblem(null);
            }}
          />
        </>
      )}
      {problem && (
        <p id={`${id}-problem`} role="alert" className="override__problem">
          {l(problem.text)}
        </p>
      )}
      <div className="override__actions">
        <button type="submit" className="danger" disabled={busy}>
          {confirm} <kbd>Enter</kbd>
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('guard.override.cancel')} <kbd>Esc</kbd>
          </button>
        )}
      </div>
    </form>
  );
}
