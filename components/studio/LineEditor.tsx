import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { lineSchema } from '@/lib/pack/schema';
import { asList, asText, child, setAt } from '@/lib/studio/edit';
import { Choice, TextField } from './fields';

interface Props {
  text: string;
  value: unknown;
  onEdit: (text: string, burst?: string) => void;
}

const KINDS = lineSchema.shape.kind.options;
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** Script lines as a form: pick script › stage › line, edit text, kind, must-say (issue 17 item 1). */
export function LineEditor({ text, value, onEdit }: Props) {
  const { t } = useI18n();
  const mustId = useId();
  const [where, setWhere] = useState({ script: 0, stage: 0, line: 0 });
  const scripts = asList(child(value, 'scripts'));
  const s = Math.min(where.script, scripts.length - 1);
  const stages = asList(child(scripts[s], 'stages'));
  const g = Math.min(where.stage, stages.length - 1);
  const lines = asList(child(stages[g], 'lines'));
  const n = Math.min(where.line, lines.length - 1);
  const line = lines[n];
  const name = (item: unknown, key: string, i: number) => asText(child(item, key)) || `#${i + 1}`;
  const write = (key: string, v: unknown) => {
    const path = ['scripts', s, 'stages', g, 'lines', n, key];
    onEdit(setAt(text, path, v), path.join('.'));
  };
  return (
    <section aria-labelledby="studio-lines" className="studio-form">
      <h2 id="studio-lines">{t('studio.lines')}</h2>
      <Choice
        label={t('studio.script')}
        value={String(s)}
        options={scripts.map((x, i) => ({ value: String(i), label: name(x, 'name', i) }))}
        onChange={(v) => setWhere({ script: Number(v), stage: 0, line: 0 })}
      />
      <Choice
        label={t('studio.stage')}
        value={String(g)}
        options={stages.map((x, i) => ({ value: String(i), label: name(x, 'title', i) }))}
        onChange={(v) => setWhere({ script: s, stage: Number(v), line: 0 })}
      />
      <Choice
        label={t('studio.line')}
        value={String(n)}
        options={lines.map((x, i) => ({
          value: String(i),
          label: `${i + 1}. ${clip(asText(child(x, 'text')))}`,
        }))}
        onChange={(v) => setWhere({ script: s, stage: g, line: Number(v) })}
      />
      {line === undefined ? null : (
        <div key={`${s}-${g}-${n}`}>
          <TextField
            label={t('studio.lineText')}
            multiline
            value={asText(child(line, 'text'))}
            onChange={(v) => write('text', v)}
          />
          <Choice
            label={t('studio.kind')}
            value={asText(child(line, 'kind'))}
            options={KINDS.map((k) => ({ value: k, label: t(`studio.kind.${k}`) }))}
            onChange={(v) => write('kind', v)}
          />
          <div className="studio-field">
            <input
              id={mustId}
              type="checkbox"
              checked={child(line, 'must') === true}
              onChange={(e) => write('must', e.target.checked ? true : undefined)}
            />
            <label htmlFor={mustId}>{t('studio.must')}</label>
          </div>
        </div>
      )}
    </section>
  );
}
