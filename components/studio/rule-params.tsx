import { useI18n } from '@/components/shell/i18n';
import type { MessageKey } from '@/lib/i18n';
import { asList, asText, child } from '@/lib/studio/edit';
import type { ParamSpec } from '@/lib/studio/rules';
import { Choice, LinesField, TextField } from './fields';
import { CheckField, ChecksField, ParsedField } from './form-fields';

const strings = (v: unknown) => asList(v).filter((s): s is string => typeof s === 'string');

/** A parameter's label: `studio.forms.param.<key>` (a unit test checks every rule type has them). */
export const paramLabel = (key: string) => `studio.forms.param.${key}` as MessageKey;

/**
 * One parameter of a rule, by its kind in the schema: a whole number with its bounds, a choice, a
 * checkbox, a list one per line, or text checked by the schema as the lead types.
 */
export function ParamField({
  spec,
  value,
  checklist,
  onChange,
}: {
  spec: Exclude<ParamSpec, { kind: 'items' }>;
  value: unknown;
  /** The pack's checklist, for a parameter that lists checklist items (`items`). */
  checklist: readonly unknown[];
  onChange: (value: unknown) => void;
}) {
  const { t } = useI18n();
  const label = t(paramLabel(spec.key));
  switch (spec.kind) {
    case 'int':
      return (
        <ParsedField<number>
          label={label}
          value={typeof value === 'number' ? value : undefined}
          show={String}
          hint={t('studio.forms.range', { min: spec.min, max: spec.max })}
          parse={(text) => {
            const trimmed = text.trim();
            if (trimmed === '' && spec.optional) return { ok: true, value: undefined };
            const n = Number(trimmed);
            return /^\d+$/.test(trimmed) && spec.schema.safeParse(n).success
              ? { ok: true, value: n }
              : { ok: false, message: t('studio.forms.badInt', { min: spec.min, max: spec.max }) };
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
            if (text.trim() === '' && spec.optional) return { ok: true, value: undefined };
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
          onChange={(on) => onChange(on ? true : undefined)}
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
            ...spec.options.map((o) => ({
              value: o,
              label: spec.phases
                ? t(`guard.phase.${o}` as MessageKey)
                : t(`${paramLabel(spec.key)}.${o}` as MessageKey),
            })),
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
          value={strings(value)}
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
