import { useI18n } from '@/components/shell/i18n';
import { moneyText, parseMoneyText } from '@/lib/plan/money-input';
import { moneyProblem } from '@/lib/plan/typed-problem';
import { asList, asText, child } from '@/lib/studio/edit';
import { stringsOf } from '@/lib/studio/list-edit';
import { type ParamSpec, percentOfRate, rateOfPercent } from '@/lib/studio/params';
import { Choice, LinesField, TextField } from './fields';
import { CheckField, ChecksField, ParsedField } from './form-fields';

export type ScalarSpec = Exclude<ParamSpec, { kind: 'items' | 'object' }>;

/**
 * One field of a pack object by its kind in the schema (`lib/studio/params.ts`): a whole number
 * with its bounds, a rate as a percentage, money through the one money parser, a choice, a
 * checkbox, a list one per line, or text the schema checks as the lead types. What does not parse
 * stays in the box with the reason beside it; the draft keeps its last good value.
 */
export function ParamField({
  spec,
  label,
  optionLabel,
  value,
  checklist = [],
  currency = 'CNY',
  onChange,
}: {
  spec: ScalarSpec;
  label: string;
  optionLabel: (option: string) => string;
  value: unknown;
  /** The pack's checklist, for a field that lists checklist items (a rule's `items`). */
  checklist?: readonly unknown[];
  /** The pack's currency, for money fields. */
  currency?: string;
  onChange: (value: unknown) => void;
}) {
  const { t } = useI18n();
  const blank = (text: string) => text.trim() === '' && spec.optional;
  switch (spec.kind) {
    case 'int':
      return (
        <ParsedField<number>
          label={label}
          value={typeof value === 'number' ? value : undefined}
          show={String}
          hint={t('studio.forms.range', { min: spec.min, max: spec.max })}
          parse={(text) => {
            if (blank(text)) return { ok: true, value: undefined };
            const n = Number(text.trim());
            return /^\d+$/.test(text.trim()) && spec.schema.safeParse(n).success
              ? { ok: true, value: n }
              : { ok: false, message: t('studio.forms.badInt', { min: spec.min, max: spec.max }) };
          }}
          onChange={onChange}
        />
      );
    case 'rate': {
      const range = { min: percentOfRate(spec.min), max: percentOfRate(spec.max) };
      return (
        <ParsedField<number>
          label={label}
          value={typeof value === 'number' ? value : undefined}
          show={percentOfRate}
          hint={t('studio.forms.percentRange', range)}
          parse={(text) => {
            if (blank(text)) return { ok: true, value: undefined };
            const rate = rateOfPercent(text);
            return rate !== undefined && rate >= spec.min && rate <= spec.max
              ? { ok: true, value: rate }
              : { ok: false, message: t('studio.forms.badPercent', range) };
          }}
          onChange={onChange}
        />
      );
    }
    case 'money':
      return (
        <ParsedField<number>
          label={label}
          value={typeof value === 'number' ? value : undefined}
          show={(minor) => moneyText(minor, currency)}
          hint={t('studio.forms.moneyHint', { currency })}
          parse={(text) => {
            const parsed = parseMoneyText(text, currency, { allowZero: true });
            if (parsed.ok && (parsed.value !== undefined || spec.optional)) return parsed;
            if (parsed.ok) return { ok: false, message: t('studio.forms.badMoney', { currency }) };
            // What is wrong with what was typed, as the plan and the wrap-up say it (约1000, 3角12分).
            const problem = moneyProblem(parsed.problem, currency, parsed.written);
            return { ok: false, message: t(problem.key, problem.params) };
          }}
          onChange={onChange}
        />
      );
    case 'text':
      return (
        <ParsedField<string>
          label={label}
          value={typeof value === 'string' ? value : undefined}
          show={(s) => s}
          parse={(text) => {
            if (blank(text)) return { ok: true, value: undefined };
            return spec.schema.safeParse(text).success
              ? { ok: true, value: text }
              : { ok: false, message: t('studio.forms.badText') };
          }}
          onChange={onChange}
        />
      );
    case 'bool':
      return (
        <CheckField
          label={label}
          checked={value === true}
          onChange={(on) => onChange(on ? true : spec.optional ? undefined : false)}
        />
      );
    case 'enum':
      return (
        <Choice
          label={label}
          value={asText(value)}
          options={[
            ...(spec.optional || typeof value !== 'string'
              ? [{ value: '', label: t('studio.forms.unset') }]
              : []),
            ...spec.options.map((o) => ({ value: o, label: optionLabel(o) })),
          ]}
          onChange={(v) => onChange(v || undefined)}
        />
      );
    case 'lines':
      // A list of checklist ids (recordingNotice.items) is chosen from the checklist by its text.
      if (spec.key === 'items')
        return (
          <ChecksField
            legend={label}
            options={checklist.map((c) => asText(child(c, 'id'))).filter(Boolean)}
            value={asList(value)}
            labelOf={(id) =>
              asText(
                child(
                  checklist.find((c) => child(c, 'id') === id),
                  'text',
                ),
              ) || id
            }
            onChange={onChange}
          />
        );
      return (
        <LinesField
          label={label}
          value={stringsOf(value)}
          onChange={(lines) => onChange(lines.length > 0 || !spec.optional ? lines : undefined)}
        />
      );
  }
}

/** A text field that writes nothing for blank (an optional schema field). */
export function OptionalText({
  label,
  value,
  onChange,
}: {
  label: string;
  value: unknown;
  onChange: (v: unknown) => void;
}) {
  return (
    <TextField label={label} value={asText(value)} onChange={(v) => onChange(v === '' ? undefined : v)} />
  );
}
