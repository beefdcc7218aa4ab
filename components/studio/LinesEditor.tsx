import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { appendAt, asList, asText, child, removeAt } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
import { newLine } from '@/lib/studio/scripts';
import { LineForm } from './LineForm';
import { OpenItemList } from './list-controls';
import type { StagePartProps } from './StageEditor';

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** The lines of one stage: list (by their words), add, move, remove, and the chosen line's form. */
export function LinesEditor({ text, value, onEdit, script, stage, path }: StagePartProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(0);
  const lines = asList(child(stage, 'lines'));
  const linesPath = [...path, 'lines'];
  return (
    <fieldset>
      <legend>{t('studio.scripts.lines')}</legend>
      <OpenItemList
        label={t('studio.scripts.lines')}
        items={lines}
        nameOf={(line, i) => `${i + 1}. ${clip(asText(child(line, 'text')))}`}
        min={1}
        open={open}
        onOpen={setOpen}
        onMove={(from, to) => onEdit(moveItem(text, linesPath, lines, from, to))}
        onRemove={(i) => onEdit(removeAt(text, [...linesPath, i]))}
      >
        {(line, at) => (
          <LineForm {...{ text, value, onEdit, script }} line={line} path={[...linesPath, at]} />
        )}
      </OpenItemList>
      <button
        type="button"
        onClick={() => {
          const added = newLine(script, asText(child(stage, 'id')), t('studio.scripts.newLine'));
          onEdit(appendAt(text, linesPath, added));
          setOpen(lines.length);
        }}
      >
        {t('studio.scripts.addLine')}
      </button>
    </fieldset>
  );
}
