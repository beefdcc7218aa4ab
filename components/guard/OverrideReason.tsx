import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { OVERRIDE_REASON_PROBLEM, overrideReason } from '@/lib/compliance/checklist';
import type { Verdict } from '@/lib/compliance/evaluate';
import './guard.css';

interface Props {
  /** The blocking verdicts the agent goes past. */
  blocks: readonly Verdict[];
  /** What the form is for, e.g. "a rule blocks this call". */
  title: string;
  /** Text of the confirm button. */
  confirm: string;
  onConfirm: (reason: string) => void | Promise<void>;
  /** Escape and the cancel button; without it the form cannot be dismissed (the reason is owed). */
  onCancel?: () => void;
}

/**
 * Going on past a block needs a typed reason (issue 5 §2): the blocks, a labelled text box, Enter
 * to confirm, Escape to cancel. The reason is kept on the call by the caller.
 */
export function OverrideReason({ blocks, title, confirm, onConfirm, onCancel }: Props) {
  const { t, l } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const [busy, setBusy] = useState(false);

  return (
    <form
      className="override"
      aria-labelledby={`${id}-title`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (busy) return;
        if (overrideReason(reason) === null) {
          setProblem(true);
          return;
        }
        setBusy(true);
        try {
          await onConfirm(reason);
        } finally {
          setBusy(false);
        }
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={`${id}-title`} className="override__title">
        {title}
      </p>
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
        aria-invalid={problem}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          setProblem(false);
        }}
      />
      {problem && (
        <p id={`${id}-problem`} role="alert" className="override__problem">
          {l(OVERRIDE_REASON_PROBLEM)}
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
