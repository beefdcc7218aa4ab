import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { CONDITION_OPS, type ConditionValue, type FieldParser } from '@/lib/pack/schema';
import {
  type Comparison,
  type ConditionOp,
  type FieldChoice,
  fieldChoices,
  parseOf,
  parseValueText,
  type ConditionRows as Rows,
  rowsOf,
  valueText,
  whenOf,
} from '@/lib/studio/conditions';
import { asText, child } from '@/lib/studio/edit';
import { Choice } from './fields';

interface Props {
  when: unknown;
  fields: readonly FieldChoice[];
  currency: string;
  onChange: (when: unknown) => void;
  /** The group's name; a segment's "Which accounts" unless given. */
  legend?: string;
  /**
   * An optional `when` (a line's, a branch's, a flag's `unless`): no rows writes no condition at
   * all. A segment's is required, so no rows writes the catch-all there.
   */
  optional?: boolean;
}

/**
 * A condition as field · comparison · value rows joined by all/any (issue 17 items 1 and 2): a
 * segment's `when`, a line's and a branch's `when`, a stop flag's `unless`.
 */
export function ConditionRows({ when, fields, currency, onChange, legend, optional = false }: Props) {
  const { t } = useI18n();
  const rows = rowsOf(when);
  const write = (next: Rows) => onChange(optional && next.rows.length === 0 ? undefined : whenOf(next));
  const setRow = (i: number, comparison: Comparison) =>
    write({ ...rows, rows: rows.rows.map((r, k) => (k === i ? { kind: 'comparison', comparison } : r)) });
  return (
    <fieldset>
      <legend>{legend ?? t('studio.scripts.conditions')}</legend>
      {rows.rows.length === 0 ? (
        <p>{optional ? t('studio.conditions.always') : t('studio.scripts.everyAccount')}</p>
      ) : null}
      {rows.rows.length > 1 ? (
        <Choice
          label={t('studio.scripts.join')}
          value={rows.join}
          options={(['all', 'any'] as const).map((j) => ({ value: j, label: t(`studio.scripts.join.${j}`) }))}
          onChange={(join) => write({ ...rows, join: join as 'all' | 'any' })}
        />
      ) : null}
      {rows.rows.map((row, i) => {
        const n = i + 1;
        const remove = (
          <button type="button" onClick={() => write({ ...rows, rows: rows.rows.filter((_, k) => k !== i) })}>
            {t('studio.scripts.removeCondition', { n })}
          </button>
        );
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the condition
          <div key={i} className="studio-condition">
            {row.kind === 'group' ? (
              <p>{t('studio.scripts.group', { n })}</p>
            ) : (
              <ComparisonRow
                n={n}
                comparison={row.comparison}
                fields={fields}
                currency={currency}
                onChange={(c) => setRow(i, c)}
              />
            )}
            {remove}
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          write({
            ...rows,
            rows: [...rows.rows, { kind: 'comparison', comparison: { field: 'dpd', op: 'gte', value: 1 } }],
          })
        }
      >
        {t('studio.scripts.addCondition')}
      </button>
    </fieldset>
  );
}

/** An optional condition over the draft's fields (its CRM fields and its adapters'), in its currency. */
export function WhenField({
  draft,
  legend,
  when,
  onChange,
}: {
  draft: unknown;
  legend: string;
  when: unknown;
  onChange: (when: unknown) => void;
}) {
  return (
    <ConditionRows
      optional
      legend={legend}
      when={when}
      fields={fieldChoices(draft)}
      currency={asText(child(draft, 'currency')) || 'CNY'}
      onChange={onChange}
    />
  );
}

function ComparisonRow({
  n,
  comparison,
  fields,
  currency,
  onChange,
}: {
  n: number;
  comparison: Comparison;
  fields: readonly FieldChoice[];
  currency: string;
  onChange: (comparison: Comparison) => void;
}) {
  const { t, l } = useI18n();
  const parse = parseOf(comparison.field, fields);
  const known = fields.some((f) => f.name === comparison.field);
  const options = [
    ...(known ? [] : [{ value: comparison.field, label: comparison.field }]),
    ...fields.map((f) => ({
      value: f.name,
      label: f.label ? `${l(f.label)} (${f.name})` : t('studio.scripts.adapterField', { name: f.name }),
    })),
  ];
  // A changed field or op keeps the value only when it still fits the new type.
  const retype = (field: string, op: ConditionOp) => {
    const text = valueText(comparison, parse, currency);
    const value = parseValueText(text, op, parseOf(field, fields));
    onChange({ field, op, ...(value === null || value === undefined ? {} : { value }) });
  };
  return (
    <>
      <Choice
        label={t('studio.scripts.field', { n })}
        value={comparison.field}
        options={options}
        onChange={(field) => retype(field, comparison.op)}
      />
      <Choice
        label={t('studio.scripts.op', { n })}
        value={comparison.op}
        options={CONDITION_OPS.map((op) => ({ value: op, label: t(`studio.scripts.op.${op}`) }))}
        onChange={(op) => retype(comparison.field, op as ConditionOp)}
      />
      {comparison.op === 'exists' ? (
        <Choice
          label={t('studio.scripts.value', { n })}
          value={comparison.value === false ? 'false' : 'true'}
          options={(['true', 'false'] as const).map((v) => ({
            value: v,
            label: t(`studio.scripts.exists.${v}`),
          }))}
          onChange={(v) =>
            onChange({ field: comparison.field, op: 'exists', ...(v === 'false' ? { value: false } : {}) })
          }
        />
      ) : parse === 'bool' && comparison.op !== 'in' ? (
        <Choice
          label={t('studio.scripts.value', { n })}
          value={comparison.value === false ? 'false' : 'true'}
          options={[
            { value: 'true', label: t('studio.scripts.yes') },
            { value: 'false', label: t('studio.scripts.no') },
          ]}
          onChange={(v) => onChange({ ...comparison, value: v === 'true' })}
        />
      ) : (
        <ValueBox
          key={`${comparison.field}-${comparison.op}`}
          label={t(comparison.op === 'in' ? 'studio.scripts.valueList' : 'studio.scripts.value', { n })}
          text={valueText(comparison, parse, currency)}
          value={comparison.value}
          parse={parse}
          read={(text) => parseValueText(text, comparison.op, parse)}
          onValue={(value) => onChange({ ...comparison, value })}
        />
      )}
    </>
  );
}

/**
 * A typed value: what the lead types stays in the box (`1,000` is not rewritten to `1000.00`);
 * the draft changes only when it parses, and the box follows the draft when it changes elsewhere.
 */
function ValueBox({
  label,
  text,
  value,
  parse,
  read,
  onValue,
}: {
  label: string;
  text: string;
  value: unknown;
  parse: FieldParser;
  read: (text: string) => unknown;
  onValue: (value: NonNullable<ConditionValue>) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState(text);
  const [seen, setSeen] = useState(text);
  const bad = read(typed) === null;
  if (text !== seen) {
    setSeen(text);
    if (JSON.stringify(read(typed)) !== JSON.stringify(value)) setTyped(text);
  }
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={parse === 'date' ? 'date' : undefined}
        value={typed}
        aria-invalid={bad}
        aria-describedby={bad ? `${id}-bad` : undefined}
        onChange={(e) => {
          setTyped(e.target.value);
          const next = read(e.target.value);
          if (next !== null && next !== undefined) onValue(next as NonNullable<ConditionValue>);
        }}
      />
      {bad ? (
        <span id={`${id}-bad`} role="alert">
          {t('studio.scripts.badValue', { type: parse })}
        </span>
      ) : null}
    </div>
  );
}
