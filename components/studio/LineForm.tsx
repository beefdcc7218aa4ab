import { useId, useMemo, useRef } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { lineSchema } from '@/lib/pack/schema';
import { asText, child, setAt } from '@/lib/studio/edit';
import { lineVariables, unknownVariables } from '@/lib/studio/scripts';
import { Answers } from './Answers';
import { ChecklistPicks } from './ChecklistPicks';
import { WhenField } from './ConditionRows';
import { Choice, TextField } from './fields';
import type { ScriptPartProps } from './StageEditor';

const KINDS = lineSchema.shape.kind.options;

/**
 * One line: its words with the variables it may use beside them (unknown ones flagged as the lead
 * types, the same set lint checks), kind, must-say, when it shows, what it ticks, and a question's answers.
 */
export function LineForm({ text, value, onEdit, script, line, path }: ScriptPartProps & { line: unknown }) {
  const { t, l } = useI18n();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const words = asText(child(line, 'text'));
  const variables = useMemo(() => lineVariables(value), [value]);
  const unknown = unknownVariables(words, variables);
  const write = (key: string, v: unknown, burst = true) =>
    onEdit(setAt(text, [...path, key], v), burst ? [...path, key].join('.') : undefined);
  const insert = (name: string) => {
    const area = box.current;
    const start = area?.selectionStart ?? words.length;
    const end = area?.selectionEnd ?? words.length;
    const placeholder = `{{${name}}}`;
    write('text', `${words.slice(0, start)}${placeholder}${words.slice(end)}`, false);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };
  return (
    <div>
      <div className="studio-field">
        <label htmlFor={`${id}-text`}>{t('studio.lineText')}</label>
        <textarea
          id={`${id}-text`}
          ref={box}
          rows={3}
          value={words}
          aria-invalid={unknown.length > 0}
          aria-describedby={unknown.length > 0 ? `${id}-unknown` : undefined}
          onChange={(e) => write('text', e.target.value)}
        />
        {unknown.length > 0 ? (
          <p id={`${id}-unknown`} className="studio-blocked">
            {t('studio.scripts.unknownVariables', { names: unknown.join(', ') })}
          </p>
        ) : null}
      </div>
      <details className="studio-variables" open>
        <summary>{t('studio.scripts.variables')}</summary>
        <ul>
          {variables.map((v) => (
            <li key={v.name}>
              <button type="button" onClick={() => insert(v.name)}>
                {t('studio.scripts.insert', { name: `{{${v.name}}}` })}
              </button>{' '}
              {v.label === undefined ? null : typeof v.label === 'string' ? v.label : l(v.label)}
            </li>
          ))}
        </ul>
      </details>
      <Choice
        label={t('studio.kind')}
        value={asText(child(line, 'kind'))}
        options={KINDS.map((k) => ({ value: k, label: t(`studio.kind.${k}`) }))}
        onChange={(v) => write('kind', v, false)}
      />
      <div className="studio-field">
        <input
          id={`${id}-must`}
          type="checkbox"
          checked={child(line, 'must') === true}
          onChange={(e) => write('must', e.target.checked ? true : undefined, false)}
        />
        <label htmlFor={`${id}-must`}>{t('studio.must')}</label>
      </div>
      <TextField
        label={t('studio.scripts.lineSource')}
        value={asText(child(line, 'source'))}
        onChange={(v) => write('source', v === '' ? undefined : v)}
      />
      <WhenField
        draft={value}
        legend={t('studio.conditions.lineWhen')}
        when={child(line, 'when')}
        onChange={(when) => write('when', when, false)}
      />
      <ChecklistPicks
        draft={value}
        legend={t('studio.conditions.ticks')}
        picked={child(line, 'ticks')}
        onChange={(ids) => write('ticks', ids, false)}
      />
      <Answers {...{ text, value, onEdit, script, line, path }} />
    </div>
  );
}
