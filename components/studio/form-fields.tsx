import { useId, useState } from 'react';

/**
 * Fields the rule, plan, checklist and disposition forms add to `fields.tsx` (issue 17 item 1):
 * a checkbox, a group of checkboxes for a set of values, and a text field that parses what the lead
 * types, keeps it while it does not parse, and says why inline.
 */
export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="studio-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A set of values from a fixed list, one checkbox each, in the list's order. */
export function ChecksField<T extends string>({
  legend,
  options,
  value,
  labelOf,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  value: readonly unknown[];
  labelOf: (option: T) => string;
  onChange: (value: T[]) => void;
}) {
  return (
    <fieldset className="studio-checks">
      <legend>{legend}</legend>
      {options.map((option) => (
        <CheckField
          key={option}
          label={labelOf(option)}
          checked={value.includes(option)}
          onChange={(on) => onChange(options.filter((o) => (o === option ? on : value.includes(o))))}
        />
      ))}
    </fieldset>
  );
}

export type ParseResult<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/**
 * A value typed as text (money, a rate, a count, a time). What parses is written at once; what does
 * not stays in the box with the reason beside it, and the draft keeps its last good value.
 */
export function ParsedField<T>({
  label,
  value,
  show,
  parse,
  hint,
  onChange,
}: {
  label: string;
  value: T | undefined;
  show: (value: T) => string;
  parse: (text: string) => ParseResult<T>;
  hint?: string;
  onChange: (value: T | undefined) => void;
}) {
  const id = useId();
  const shown = value === undefined ? '' : show(value);
  const [typed, setTyped] = useState(shown);
  const [seen, setSeen] = useState(shown);
  const [problem, setProblem] = useState('');
  if (shown !== seen) {
    setSeen(shown);
    const now = parse(typed);
    if (!now.ok || now.value === undefined || show(now.value) !== shown) {
      setTyped(shown);
      setProblem('');
    }
  }
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={typed}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          setTyped(e.target.value);
          const result = parse(e.target.value);
          if (!result.ok) return setProblem(result.message);
          setProblem('');
          onChange(result.value);
        }}
      />
      {hint ? (
        <small id={`${id}-hint`} className="studio-hint">
          {hint}
        </small>
      ) : null}
      {problem ? (
        <small id={`${id}-problem`} className="studio-problem" role="alert">
          {problem}
        </small>
      ) : null}
    </div>
  );
}
