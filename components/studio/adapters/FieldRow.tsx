import { useI18n } from '@/components/shell/i18n';
import { CRM_FIELDS, isCrmField } from '@/lib/crm/fields';
import { DATE_ORDERS, FIELD_PARSERS } from '@/lib/pack/schema';
import { ADAPTERS_PATH, fieldPath } from '@/lib/studio/adapters';
import { asText, isRefused, setAt } from '@/lib/studio/edit';
import type { EditorProps } from '../editors';
import { Choice, TextField } from '../fields';

interface Props {
  text: string;
  onEdit: EditorProps['onEdit'];
  adapter: number;
  name: string;
  spec: Record<string, unknown>;
  sample: string;
}

/** The lead sees a field's meaning; a pack's own (non-canonical) field shows its name. */
export function useFieldTitle() {
  const { l } = useI18n();
  return (name: string) => (isCrmField(name) ? l(CRM_FIELDS[name].label) : name);
}

/** One adapter field: how it is found (label, selector, attribute, pattern), its type and sample. */
export function FieldRow({ text, onEdit, adapter, name, spec, sample }: Props) {
  const { t } = useI18n();
  const title = useFieldTitle()(name);
  const path = fieldPath(adapter, name);
  // An emptied optional box removes the key, so the draft never holds `"label": ""`.
  const write = (key: string, v: string) =>
    onEdit(setAt(text, [...path, key], v === '' ? undefined : v), [...path, key].join('.'));
  const parseOptions = FIELD_PARSERS.map((p) => ({ value: p, label: t(`studio.adapters.parse.${p}`) }));
  return (
    <fieldset className="studio-adapter-field">
      <legend>{title}</legend>
      <TextField
        label={t('studio.adapters.label')}
        value={asText(spec.label)}
        onChange={(v) => write('label', v)}
      />
      <TextField
        label={t('studio.adapters.selector')}
        value={asText(spec.selector)}
        onChange={(v) => write('selector', v)}
      />
      <TextField
        label={t('studio.adapters.attr')}
        value={asText(spec.attr)}
        onChange={(v) => write('attr', v)}
      />
      <TextField
        label={t('studio.adapters.pattern')}
        value={asText(spec.pattern)}
        onChange={(v) => write('pattern', v)}
      />
      <Choice
        label={t('studio.adapters.parse')}
        value={asText(spec.parse) || 'text'}
        options={parseOptions}
        // A date order belongs to a date: it goes when the field is read as anything else.
        onChange={(v) => {
          const parsed = setAt(text, [...path, 'parse'], v);
          onEdit(
            isRefused(parsed) || v === 'date' ? parsed : setAt(parsed, [...path, 'dateOrder'], undefined),
          );
        }}
      />
      {spec.parse === 'date' && (
        // A CRM that writes 12/15/2026 or 15/12/2026: unset, only year-first dates are read.
        <Choice
          label={t('studio.adapters.dateOrder')}
          value={asText(spec.dateOrder)}
          options={(['ymd', ...DATE_ORDERS] as const).map((o) => ({
            value: o === 'ymd' ? '' : o,
            label: t(`studio.adapters.dateOrder.${o}`),
          }))}
          onChange={(v) => write('dateOrder', v)}
        />
      )}
      <label className="studio-check">
        <input
          type="checkbox"
          checked={spec.required === true}
          onChange={(e) => onEdit(setAt(text, [...path, 'required'], e.target.checked ? true : undefined))}
        />
        {t('studio.adapters.required')}
      </label>
      <TextField
        label={t('studio.adapters.sample')}
        value={sample}
        onChange={(v) => {
          const at = [...ADAPTERS_PATH, adapter, 'sample', name];
          onEdit(setAt(text, at, v === '' ? undefined : v), at.join('.'));
        }}
      />
      {name === 'accountKey' ? null : (
        <button type="button" onClick={() => onEdit(setAt(text, path, undefined))}>
          {t('studio.adapters.removeField', { field: title })}
        </button>
      )}
    </fieldset>
  );
}
