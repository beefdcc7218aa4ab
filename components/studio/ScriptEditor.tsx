import { useI18n } from '@/components/shell/i18n';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
import { newScript, segmentsUsing } from '@/lib/studio/scripts';
import type { EditorProps } from './editors';
import { TextField } from './fields';
import { OpenItemList } from './list-controls';
import { StageEditor } from './StageEditor';
import { isIndexOrNone, useViewState } from './use-view-state';

/**
 * Scripts as a form (issue 17 item 1): scripts › stages › lines, each list added to, reordered and
 * removed from by title; questions' answers and stages' branches lead to stages chosen by title.
 */
export function ScriptEditor({ text, value, onEdit }: EditorProps) {
  const { t } = useI18n();
  // The first script starts open: most packs have one or two, and the lead came to edit them.
  const [open, setOpen] = useViewState<number | null>('scripts.open', 0, isIndexOrNone);
  const scripts = asList(child(value, 'scripts'));
  return (
    <section aria-labelledby="studio-lines" className="studio-form">
      <h2 id="studio-lines">{t('studio.lines')}</h2>
      <OpenItemList
        label={t('studio.scripts.scripts')}
        items={scripts}
        nameOf={(s, i) => asText(child(s, 'name')) || `#${i + 1}`}
        min={1}
        open={open}
        onOpen={setOpen}
        onMove={(from, to) => onEdit(moveItem(text, ['scripts'], scripts, from, to))}
        onRemove={(i) => onEdit(removeAt(text, ['scripts', i]))}
        removeWarning={(s) => {
          const users = segmentsUsing(value, asText(child(s, 'id')));
          return users.length > 0
            ? t('studio.conditions.scriptInUse', { names: users.join('、') })
            : undefined;
        }}
      >
        {(script, at) => {
          const usedBy = segmentsUsing(value, asText(child(script, 'id')));
          return (
            <>
              <TextField
                label={t('studio.scripts.scriptName')}
                value={asText(child(script, 'name'))}
                onChange={(v) => onEdit(setAt(text, ['scripts', at, 'name'], v), `scripts.${at}.name`)}
              />
              {usedBy.length > 0 ? <p>{t('studio.scripts.usedBy', { names: usedBy.join('、') })}</p> : null}
              <StageEditor text={text} value={value} onEdit={onEdit} script={script} path={['scripts', at]} />
            </>
          );
        }}
      </OpenItemList>
      <button
        type="button"
        onClick={() => {
          const added = newScript(
            value,
            t('studio.scripts.newScript'),
            t('studio.scripts.newStage'),
            t('studio.scripts.newLine'),
          );
          onEdit(appendAt(text, ['scripts'], added));
          setOpen(scripts.length);
        }}
      >
        {t('studio.scripts.addScript')}
      </button>
    </section>
  );
}
