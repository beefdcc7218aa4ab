import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { isImeKey } from '@/components/shell/keys';
import { stripInvisible } from '@/lib/text/fold';
import './forms.css';
import { isIndexOrNone, useViewState } from './use-view-state';

/**
 * Controls the Studio's list forms share (issue 17 item 1): remove with a confirmation step,
 * move up / down, add by title. Every button is named after the item it acts on.
 */
export function RemoveButton({
  name,
  onRemove,
  disabled,
  warning,
}: {
  name: string;
  onRemove: () => void;
  disabled?: boolean;
  /** What removing it breaks (e.g. what still points to it), said in the confirmation. */
  warning?: string;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  /** The confirmation was answered: the focus comes back to this slot's "remove" (walk 10: it fell to the page). */
  const answered = useRef(false);
  // The "remove" button disappears when asked: keyboard focus moves to the confirmation.
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (answered.current) {
      answered.current = false;
      ask.current?.focus();
    }
  }, [asking]);
  if (!asking)
    return (
      <button ref={ask} type="button" disabled={disabled} onClick={() => setAsking(true)}>
        {t('studio.forms.remove', { name })}
      </button>
    );
  return (
    <span className="studio-confirm">
      {t('studio.forms.confirmRemove', { name })} {warning ? <strong>{warning}</strong> : null}{' '}
      <button
        ref={yes}
        type="button"
        onClick={() => {
          answered.current = true;
          setAsking(false);
          onRemove();
        }}
      >
        {t('studio.forms.yesRemove')}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          answered.current = true;
          setAsking(false);
        }}
      >
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
          // The Enter that commits a pinyin composition is the IME's, not "add" (a title half typed).
          if (e.key === 'Enter' && !isImeKey(e.nativeEvent)) {
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

/**
 * THE Studio list (issue 17 item 1): pack items, each named after the item (never an id), with edit
 * (one item's fields open in place at a time, so a list of dozens stays light), move up / down and
 * remove with a confirmation. The caller writes through `edit.ts`. `open`/`onOpen` let a caller hold
 * which item is open (e.g. to open the item it just added); otherwise the list holds it.
 */
export function OpenItemList({
  items,
  nameOf,
  onMove,
  onRemove,
  children,
  removeWarning,
  label,
  min = 0,
  open: heldOpen,
  onOpen,
  viewKey,
}: {
  items: readonly unknown[];
  nameOf: (item: unknown, index: number) => string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  children: (item: unknown, index: number) => ReactNode;
  /** What removing an item breaks, said when the lead is asked to confirm. */
  removeWarning?: (item: unknown, index: number) => string | undefined;
  /** The list's accessible name, e.g. "Stages". */
  label?: string;
  /** The schema's minimum: the last ones cannot be removed. */
  min?: number;
  open?: number | null;
  onOpen?: (index: number | null) => void;
  /** Keeps the open item across tab switches and reloads (use-view-state.ts); a top-level list's name. */
  viewKey?: string;
}) {
  const { t } = useI18n();
  const [ownOpen, setOwnOpen] = useViewState<number | null>(viewKey, null, isIndexOrNone);
  const open = onOpen ? (heldOpen ?? null) : ownOpen;
  const setOpen = onOpen ?? setOwnOpen;
  const bodyId = useId();
  const list = useRef<HTMLOListElement>(null);
  /** The last item was removed: its slot is gone, so the item before it takes the focus. */
  const [focusSlot, setFocusSlot] = useState<number | null>(null);
  useEffect(() => {
    if (focusSlot === null) return;
    setFocusSlot(null);
    list.current?.children[focusSlot]?.querySelector('button')?.focus();
  }, [focusSlot]);
  return (
    <ol className="studio-open-list" aria-label={label} ref={list}>
      {items.map((item, i) => {
        // A pack's invisible or bidi characters never steer how a name reads (lint names them).
        const name = stripInvisible(nameOf(item, i));
        return (
          // Index keys: the list is positional, and a moved item's fields must show its new slot.
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no stable key while their id is being edited
          <li key={i}>
            <div className="studio-row">
              <button
                type="button"
                aria-expanded={open === i}
                aria-controls={open === i ? `${bodyId}-${i}` : undefined}
                onClick={() => setOpen(open === i ? null : i)}
              >
                {t('studio.forms.edit', { name })}
              </button>
              <MoveButtons
                name={name}
                index={i}
                count={items.length}
                onMove={(to) => {
                  if (open === i) setOpen(to);
                  else if (open === to) setOpen(i);
                  onMove(i, to);
                }}
              />
              <RemoveButton
                name={name}
                disabled={items.length <= min}
                warning={removeWarning?.(item, i)}
                onRemove={() => {
                  setOpen(null);
                  onRemove(i);
                  if (i === items.length - 1 && i > 0) setFocusSlot(i - 1);
                }}
              />
            </div>
            {open === i ? (
              <fieldset id={`${bodyId}-${i}`}>
                <legend>{name}</legend>
                {children(item, i)}
              </fieldset>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
