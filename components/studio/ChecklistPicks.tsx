import { useI18n } from '@/components/shell/i18n';
import { asList, asText, child } from '@/lib/studio/edit';
import { stringsOf } from '@/lib/studio/list-edit';
import { ChecksField } from './form-fields';

/**
 * Checklist items picked by their text (issue 17 item 2): a stage's `checklist`, a line's `ticks`.
 * The draft keeps ids; an id no item has any more stays picked (lint names it) until unticked.
 */
export function ChecklistPicks({
  draft,
  legend,
  picked,
  onChange,
}: {
  draft: unknown;
  legend: string;
  picked: unknown;
  onChange: (ids: string[] | undefined) => void;
}) {
  const { t } = useI18n();
  const items = asList(child(draft, 'checklist'));
  const texts = new Map(items.map((item) => [asText(child(item, 'id')), asText(child(item, 'text'))]));
  texts.delete('');
  const value = stringsOf(picked);
  const options = [...texts.keys(), ...value.filter((id) => !texts.has(id))];
  if (options.length === 0)
    return (
      <fieldset className="studio-checks">
        <legend>{legend}</legend>
        <p>{t('studio.conditions.noChecklist')}</p>
      </fieldset>
    );
  return (
    <ChecksField
      legend={legend}
      options={options}
      value={value}
      labelOf={(id) => texts.get(id) || id}
      onChange={(ids) => onChange(ids.length > 0 ? ids : undefined)}
    />
  );
}
