import { useI18n } from '@/components/shell/i18n';

interface Props {
  /** The list's accessible name, e.g. "Stages". */
  label: string;
  /** What the lead reads for each item (a title or a line's words), never an id. */
  names: readonly string[];
  selected: number;
  onSelect: (index: number) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
  addLabel: string;
  /** The schema's minimum: the last ones cannot be removed. */
  min?: number;
}

/**
 * A list the lead reorders with buttons (keyboard-usable, named after the item), picks one to edit
 * below, adds to and removes from (issue 17 item 1).
 */
export function ItemList({
  label,
  names,
  selected,
  onSelect,
  onMove,
  onRemove,
  onAdd,
  addLabel,
  min = 1,
}: Props) {
  const { t } = useI18n();
  return (
    <div className="studio-items">
      <ol aria-label={label}>
        {names.map((name, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items are positions in the draft's list
          <li key={i}>
            <button
              type="button"
              aria-current={i === selected ? 'true' : undefined}
              aria-label={t('studio.scripts.select', { name })}
              onClick={() => onSelect(i)}
            >
              {name}
            </button>
            <button
              type="button"
              aria-label={t('studio.scripts.moveUp', { name })}
              disabled={i === 0}
              onClick={() => onMove(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t('studio.scripts.moveDown', { name })}
              disabled={i === names.length - 1}
              onClick={() => onMove(i, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={t('studio.scripts.remove', { name })}
              disabled={names.length <= min}
              onClick={() => onRemove(i)}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onAdd}>
        {addLabel}
      </button>
    </div>
  );
}

/** Where the selection goes after a move or removal, so the lead keeps editing the same item. */
export function followMove(selected: number, index: number, by: -1 | 1): number {
  if (selected === index) return index + by;
  if (selected === index + by) return index;
  return selected;
}

export function followRemove(selected: number, index: number, count: number): number {
  const after = selected > index ? selected - 1 : selected;
  return Math.max(0, Math.min(after, count - 2));
}
