import { DISPOSITION_LETTERS, dispositionKeys } from '@/components/notes/disposition-keys';
import { useI18n } from '@/components/shell/i18n';
import { CONTACT_KINDS, DISPOSITION_REQUIREMENTS, idSchema } from '@/lib/pack/schema';
import { pinnedKeyWarnings } from '@/lib/studio/dispositions';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
import { newDisposition } from '@/lib/studio/list-items';
import type { EditorProps } from './editors';
import { Choice, TextField } from './fields';
import { CheckField, ChecksField, ParsedField } from './form-fields';
import { AddByTitle, OpenItemList } from './list-controls';

/**
 * Call outcomes as a form (issue 17 item 1): label, whom the call reached, what the agent must
 * enter, consent, paid, checklist items owed; add, remove, reorder. The hot key follows the position
 * unless the lead pins one (`components/notes/disposition-keys.ts`); each item shows the letter it gets,
 * and lint's warning for a letter two of them pin is shown above the list, as the segment form does.
 */
export function DispositionEditor({ text, value, onEdit }: EditorProps) {
  const { t, l } = useI18n();
  const items = asList(child(value, 'dispositions'));
  const clashes = pinnedKeyWarnings(value);
  const checklist = asList(child(value, 'checklist'));
  const keys = dispositionKeys(
    items.map((d, i) => ({
      id: asText(child(d, 'id')) || `#${i}`,
      key: asText(child(d, 'key')) || undefined,
    })),
  );
  const write = (i: number, key: string, v: unknown) =>
    onEdit(setAt(text, ['dispositions', i, key], v), `dispositions.${i}.${key}`);
  const flag = (i: number, key: string) => (on: boolean) => write(i, key, on ? true : undefined);
  const listOrAbsent = (i: number, key: string) => (v: string[]) =>
    write(i, key, v.length > 0 ? v : undefined);
  const checklistIds = checklist.map((c) => asText(child(c, 'id'))).filter(Boolean);
  const checklistText = (id: string) =>
    asText(
      child(
        checklist.find((c) => child(c, 'id') === id),
        'text',
      ),
    ) || id;
  return (
    <section aria-labelledby="studio-dispositions" className="studio-form">
      <h2 id="studio-dispositions">{t('studio.forms.dispositions')}</h2>
      {clashes.map(({ path, message }) => (
        <p key={path} className="studio-warning" role="status">
          {l(message)}
        </p>
      ))}
      <OpenItemList
        viewKey="dispositions.open"
        items={items}
        nameOf={(item, i) => asText(child(item, 'label')) || `#${i + 1}`}
        onMove={(from, to) => onEdit(moveItem(text, ['dispositions'], items, from, to))}
        onRemove={(i) => onEdit(removeAt(text, ['dispositions', i]))}
      >
        {(item, i) => (
          <>
            <p className="studio-hint">
              {t('studio.forms.hotKey', {
                key: keys.get(asText(child(item, 'id')) || `#${i}`)?.toUpperCase() ?? '–',
              })}
            </p>
            <Choice
              label={t('studio.forms.pinKey')}
              value={asText(child(item, 'key'))}
              options={[
                { value: '', label: t('studio.forms.pinKeyNone') },
                ...DISPOSITION_LETTERS.map((letter) => ({ value: letter, label: letter.toUpperCase() })),
              ]}
              onChange={(v) => write(i, 'key', v || undefined)}
            />
            <TextField
              label={t('studio.forms.label')}
              value={asText(child(item, 'label'))}
              onChange={(v) => write(i, 'label', v)}
            />
            <ParsedField<string>
              label={t('studio.forms.code')}
              value={asText(child(item, 'id'))}
              show={(code) => code}
              hint={t('studio.forms.codeHint')}
              parse={(code) =>
                idSchema.safeParse(code).success
                  ? { ok: true, value: code }
                  : { ok: false, message: t('studio.forms.badCode') }
              }
              onChange={(code) => write(i, 'id', code)}
            />
            <Choice
              label={t('studio.forms.contact')}
              value={asText(child(item, 'contact'))}
              options={[
                { value: '', label: t('studio.forms.unset') },
                ...CONTACT_KINDS.map((c) => ({ value: c, label: t(`studio.forms.contact.${c}`) })),
              ]}
              onChange={(v) => write(i, 'contact', v || undefined)}
            />
            <ChecksField
              legend={t('studio.forms.requires')}
              options={DISPOSITION_REQUIREMENTS}
              value={asList(child(item, 'requires'))}
              labelOf={(r) => t(`studio.forms.requires.${r}`)}
              onChange={listOrAbsent(i, 'requires')}
            />
            <CheckField
              label={t('studio.forms.consent')}
              checked={child(item, 'consent') === true}
              onChange={flag(i, 'consent')}
            />
            <CheckField
              label={t('studio.forms.paid')}
              checked={child(item, 'paid') === true}
              onChange={flag(i, 'paid')}
            />
            {checklistIds.length > 0 ? (
              <ChecksField
                legend={t('studio.forms.owes')}
                options={checklistIds}
                value={asList(child(item, 'owes'))}
                labelOf={checklistText}
                onChange={listOrAbsent(i, 'owes')}
              />
            ) : null}
          </>
        )}
      </OpenItemList>
      <AddByTitle
        label={t('studio.forms.newDisposition')}
        button={t('studio.forms.addDisposition')}
        onAdd={(label) => onEdit(appendAt(text, ['dispositions'], newDisposition(label, items)))}
      />
    </section>
  );
}
