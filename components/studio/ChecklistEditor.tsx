import { useI18n } from '@/components/shell/i18n';
import { PHASES } from '@/lib/pack/schema';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
import { newChecklistItem } from '@/lib/studio/list-items';
import type { EditorProps } from './editors';
import { Choice, TextField } from './fields';
import { CheckField } from './form-fields';
import { AddByTitle, OpenItemList } from './list-controls';

/** The checklist as a form (issue 17 item 1): text, stage, required, source; add, remove, reorder. */
export function ChecklistEditor({ text, value, onEdit }: EditorProps) {
  const { t } = useI18n();
  const items = asList(child(value, 'checklist'));
  const write = (i: number, key: string, v: unknown) =>
    onEdit(setAt(text, ['checklist', i, key], v), `checklist.${i}.${key}`);
  const phases = PHASES.map((p) => ({ value: p, label: t(`guard.phase.${p}`) }));
  return (
    <section aria-labelledby="studio-checklist" className="studio-form">
      <h2 id="studio-checklist">{t('studio.forms.checklist')}</h2>
      <OpenItemList
        viewKey="checklist.open"
        items={items}
        nameOf={(item, i) => asText(child(item, 'text')) || `#${i + 1}`}
        onMove={(from, to) => onEdit(moveItem(text, ['checklist'], items, from, to))}
        onRemove={(i) => onEdit(removeAt(text, ['checklist', i]))}
      >
        {(item, i) => (
          <>
            <TextField
              label={t('studio.forms.itemText')}
              value={asText(child(item, 'text'))}
              onChange={(v) => write(i, 'text', v)}
            />
            <Choice
              label={t('studio.forms.phase')}
              value={asText(child(item, 'phase'))}
              options={phases}
              onChange={(v) => write(i, 'phase', v)}
            />
            <CheckField
              label={t('studio.forms.required')}
              checked={child(item, 'required') === true}
              onChange={(on) => write(i, 'required', on)}
            />
            <TextField
              label={t('studio.forms.source')}
              value={asText(child(item, 'source'))}
              onChange={(v) => write(i, 'source', v || undefined)}
            />
          </>
        )}
      </OpenItemList>
      <AddByTitle
        label={t('studio.forms.newItem')}
        button={t('studio.forms.addItem')}
        onAdd={(title) => {
          const phase = PHASES.find((p) => p === asText(child(items.at(-1), 'phase'))) ?? PHASES[0];
          onEdit(appendAt(text, ['checklist'], newChecklistItem(title, phase, items)));
        }}
      />
    </section>
  );
}
