import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { appendAt, asList, asText, child, removeAt } from '@/lib/studio/edit';
import { moveAt } from '@/lib/studio/move';
import { newLine } from '@/lib/studio/scripts';
import { followMove, followRemove, ItemList } from './ItemList';
import { LineForm } from './LineForm';
import type { StagePartProps } from './StageEditor';

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** The lines of one stage: list (by their words), add, move, remove, and the chosen line's form. */
export function LinesEditor({ text, value, onEdit, script, stage, path }: StagePartProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(0);
  const lines = asList(child(stage, 'lines'));
  const at = Math.min(selected, lines.length - 1);
  const linesPath = [...path, 'lines'];
  const names = lines.map((line, i) => `${i + 1}. ${clip(asText(child(line, 'text')))}`);
  return (
    <fieldset>
      <legend>{t('studio.scripts.lines')}</legend>
      <ItemList
        label={t('studio.scripts.lines')}
        names={names}
        selected={at}
        onSelect={setSelected}
        onMove={(i, by) => {
          onEdit(moveAt(text, value, linesPath, i, by));
          setSelected(followMove(at, i, by));
        }}
        onRemove={(i) => {
          onEdit(removeAt(text, [...linesPath, i]));
          setSelected(followRemove(at, i, lines.length));
        }}
        onAdd={() => {
          const added = newLine(script, asText(child(stage, 'id')), t('studio.scripts.newLine'));
          onEdit(appendAt(text, linesPath, added));
          setSelected(lines.length);
        }}
        addLabel={t('studio.scripts.addLine')}
      />
      {lines[at] === undefined ? null : (
        <LineForm key={at} {...{ text, value, onEdit, script }} line={lines[at]} path={[...linesPath, at]} />
      )}
    </fieldset>
  );
}
