import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { moveAt } from '@/lib/studio/move';
import { newScript, segmentsUsing } from '@/lib/studio/scripts';
import type { EditorProps } from './editors';
import { TextField } from './fields';
import { followMove, followRemove, ItemList } from './ItemList';
import { StageEditor } from './StageEditor';

/**
 * Scripts as a form (issue 17 item 1): scripts › stages › lines, each list added to, reordered and
 * removed from by title; questions' answers and stages' branches lead to stages chosen by title.
 */
export function ScriptEditor({ text, value, onEdit }: EditorProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(0);
  const scripts = asList(child(value, 'scripts'));
  const at = Math.min(selected, scripts.length - 1);
  const script = scripts[at];
  const names = scripts.map((s, i) => asText(child(s, 'name')) || `#${i + 1}`);
  const usedBy = segmentsUsing(value, asText(child(script, 'id')));
  return (
    <section aria-labelledby="studio-lines" className="studio-form">
      <h2 id="studio-lines">{t('studio.lines')}</h2>
      <ItemList
        label={t('studio.scripts.scripts')}
        names={names}
        selected={at}
        onSelect={setSelected}
        onMove={(i, by) => {
          onEdit(moveAt(text, value, ['scripts'], i, by));
          setSelected(followMove(at, i, by));
        }}
        onRemove={(i) => {
          onEdit(removeAt(text, ['scripts', i]));
          setSelected(followRemove(at, i, scripts.length));
        }}
        onAdd={() => {
          const added = newScript(
            value,
            t('studio.scripts.newScript'),
            t('studio.scripts.newStage'),
            t('studio.scripts.newLine'),
          );
          onEdit(appendAt(text, ['scripts'], added));
          setSelected(scripts.length);
        }}
        addLabel={t('studio.scripts.addScript')}
      />
      {script === undefined ? null : (
        <div key={at}>
          <TextField
            label={t('studio.scripts.scriptName')}
            value={asText(child(script, 'name'))}
            onChange={(v) => onEdit(setAt(text, ['scripts', at, 'name'], v), `scripts.${at}.name`)}
          />
          {usedBy.length > 0 ? <p>{t('studio.scripts.usedBy', { names: usedBy.join('、') })}</p> : null}
          <StageEditor text={text} value={value} onEdit={onEdit} script={script} path={['scripts', at]} />
        </div>
      )}
    </section>
  );
}
