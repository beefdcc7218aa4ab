import { useId, useState } from 'react';
import { linesOf } from '@/lib/studio/edit';

/**
 * A list edited one item per line. It keeps what the lead typed (a trailing Enter, a blank line)
 * while the draft holds the clean list, and follows the draft when it changes elsewhere (undo).
 */
export function LinesField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: readonly string[];
  onChange: (lines: string[]) => void;
}) {
  const id = useId();
  const joined = value.join('\n');
  const [typed, setTyped] = useState(joined);
  const [seen, setSeen] = useState(joined);
  if (joined !== seen) {
    setSeen(joined);
    if (linesOf(typed).join('\n') !== joined) setTyped(joined);
  }
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={Math.min(8, Math.max(2, value.length + 1))}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          const lines = linesOf(e.target.value);
          if (lines.join('\n') !== joined) onChange(lines);
        }}
      />
    </div>
  );
}

export function TextField({
  label,
  value,
  multiline = false,
  onChange,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  onChange: (text: string) => void;
}) {
  const id = useId();
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

export function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
