import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { CRM_FIELD_NAMES, CRM_FIELDS, type CrmFieldName } from '@/lib/crm/fields';
import { isMatchPattern } from '@/lib/pack/references';
import { ADAPTERS_PATH, adaptersOf, fieldPath, fieldsOf, newAdapter } from '@/lib/studio/adapters';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import type { EditorProps } from '../editors';
import { Choice, LinesField, TextField } from '../fields';
import { isIndex, useViewState } from '../use-view-state';
import { FieldRow, useFieldTitle } from './FieldRow';
import { PickerPanel } from './PickerPanel';
import './adapters.css';

/** CRM adapters as a form, with the field picker and "test adapter" (issue 17 item 6). */
export function AdaptersEditor({ text, value, onEdit }: EditorProps) {
  const { t } = useI18n();
  const fieldTitle = useFieldTitle();
  const adapters = adaptersOf(value);
  const [index, setIndex] = useViewState('adapters.adapter', 0, isIndex);
  const [adding, setAdding] = useState('');
  const at = Math.max(0, Math.min(index, adapters.length - 1));
  const adapter = adapters[at];
  const path = [...ADAPTERS_PATH, at];
  const match = asList(child(adapter, 'match')).filter((m): m is string => typeof m === 'string');
  const fields = fieldsOf(adapter);
  const unused = CRM_FIELD_NAMES.filter((name) => !fields.some((f) => f.name === name));
  const toAdd = unused.includes(adding as never) ? adding : (unused[0] ?? '');
  const sample = child(adapter, 'sample');

  return (
    <section aria-labelledby="studio-adapters" className="studio-form">
      <h2 id="studio-adapters">{t('studio.adapters.tab')}</h2>
      {adapters.length > 0 ? (
        <Choice
          label={t('studio.adapters.adapter')}
          value={String(at)}
          options={adapters.map((a, i) => ({
            value: String(i),
            label: asText(child(a, 'name')) || `#${i + 1}`,
          }))}
          onChange={(v) => setIndex(Number(v))}
        />
      ) : null}
      <button
        type="button"
        onClick={() => {
          onEdit(appendAt(text, ADAPTERS_PATH, newAdapter(value, t('studio.adapters.newName'), [])));
          setIndex(adapters.length);
        }}
      >
        {t('studio.adapters.add')}
      </button>
      {adapter === undefined ? null : (
        <div key={at}>
          {/* A pack needs one adapter at least (schema): the last one cannot be removed. */}
          <button type="button" disabled={adapters.length <= 1} onClick={() => onEdit(removeAt(text, path))}>
            {t('studio.adapters.remove')}
          </button>
          <TextField
            label={t('studio.adapters.name')}
            value={asText(child(adapter, 'name'))}
            onChange={(v) => onEdit(setAt(text, [...path, 'name'], v), [...path, 'name'].join('.'))}
          />
          <LinesField
            label={t('studio.adapters.match')}
            value={match}
            onChange={(lines) => onEdit(setAt(text, [...path, 'match'], lines), [...path, 'match'].join('.'))}
          />
          {match
            .filter((pattern) => !isMatchPattern(pattern))
            .map((pattern) => (
              <p key={pattern} className="studio-problem">
                {t('studio.adapters.badMatch', { pattern })}
              </p>
            ))}
          <h3>{t('studio.adapters.fields')}</h3>
          <p className="studio-help">{t('studio.adapters.howFound')}</p>
          {fields.map(({ name, spec }) => (
            <FieldRow
              key={name}
              text={text}
              onEdit={onEdit}
              adapter={at}
              name={name}
              spec={spec}
              sample={asText(child(sample, name))}
            />
          ))}
          {toAdd ? (
            <div className="studio-row">
              <Choice
                label={t('studio.adapters.newField')}
                value={toAdd}
                options={unused.map((name) => ({ value: name, label: fieldTitle(name) }))}
                onChange={setAdding}
              />
              <button
                type="button"
                onClick={() =>
                  // Found by nothing yet: the checks ask for a label or selector until the lead gives one.
                  onEdit(
                    setAt(text, fieldPath(at, toAdd), { parse: CRM_FIELDS[toAdd as CrmFieldName].parse }),
                  )
                }
              >
                {t('studio.adapters.addField')}
              </button>
            </div>
          ) : null}
          <PickerPanel text={text} draft={value} adapter={at} onEdit={onEdit} />
        </div>
      )}
    </section>
  );
}
