import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';

/**
 * Controls the Studio's list forms share (issue 17 item 1): remove with a confirmation step,
 * move up / down, add by title. Every button is named after the item it acts on.
 */
export function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  // The "remove" button disappears when asked: keyboard focus moves to the confirmation.
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t('studio.forms.remove', { name })}
      </button>
    );
  return (
    <span className="studio-confirm">
      {t('studio.forms.confirmRemove', { name })}{' '}
      <button
        ref={yes}
        type="button"
        onClick={() => {
          setAsking(false);
          onRemove();
        }}
      >
        {t('studio.forms.yesRemove')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('studio.forms.cancel')}
      </button>
    </span>
  );
}

export function MoveButtons({
  name,
  index,
  count,
  onMove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" disabled={index === 0} onClick={() => onMove(index - 1)}>
        {t('studio.forms.moveUp', { name })}
      </button>
      <button type="button" disabled={index >= count - 1} onClick={() => onMove(index + 1)}>
        {t('studio.forms.moveDown', { name })}
      </button>
    </>
  );
}

/** A title field and an "add" button; Enter adds too. Blank titles are refused with a message. */
export function AddByTitle({
  label,
  button,
  onAdd,
}: {
  label: string;
  button: string;
  onAdd: (title: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState(false);
  const add = () => {
    if (title.trim() === '') return setProblem(true);
    setProblem(false);
    onAdd(title.trim());
    setTitle('');
  };
  return (
    <div className="studio-add">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={title}
        aria-invalid={problem || undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <button type="button" onClick={add}>
        {button}
      </button>
      {problem ? (
        <span id={`${id}-problem`} role="alert">
          {t('studio.forms.titleNeeded')}
        </span>
      ) : null}
    </div>
  );
}
