import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { GAP_MAX, GAP_MAX_LATIN, GAP_SENTENCE } from '@/lib/compliance/phrases';
import { FORBIDDEN_CATEGORIES, STOP_KINDS } from '@/lib/pack/schema';
import { appendAt, asText, child, type JsonPath, removeAt, setAt } from '@/lib/studio/edit';
import { moveItem, stringsOf } from '@/lib/studio/list-edit';
import { tryPhrases } from '@/lib/studio/rules';
import { WhenField } from './ConditionRows';
import type { EditorProps } from './editors';
import { Choice, LinesField, TextField } from './fields';
import { AddByTitle, OpenItemList } from './list-controls';
import { OptionalText } from './param-field';

/** The schema's severities of a rule and of a stop flag (ruleBase.severity). */
export const SEVERITIES = ['warn', 'block'] as const;

interface ListProps {
  text: string;
  /** Path of the list in the draft (`rules.3.flags`). */
  path: JsonPath;
  items: readonly unknown[];
  onEdit: EditorProps['onEdit'];
}

/**
 * A stop-flag rule's flags (issue 17 item 1): the CRM's flag code, what the agent reads, severity,
 * reason, and what it stops (stop12: collection, a crisis, or the Guard only).
 */
export function StopFlagsForm({ text, path, items, onEdit, draft }: ListProps & { draft: unknown }) {
  const { t } = useI18n();
  const write = (i: number, key: string, v: unknown) =>
    onEdit(setAt(text, [...path, i, key], v), [...path, i, key].join('.'));
  return (
    <fieldset className="studio-checks">
      <legend>{t('studio.forms.param.flags')}</legend>
      <OpenItemList
        items={items}
        nameOf={(f, i) => asText(child(f, 'label')) || asText(child(f, 'flag')) || `#${i + 1}`}
        onMove={(from, to) => onEdit(moveItem(text, path, items, from, to))}
        onRemove={(i) => onEdit(removeAt(text, [...path, i]))}
      >
        {(f, i) => (
          <>
            <TextField
              label={t('studio.forms.flagCode')}
              value={asText(child(f, 'flag'))}
              onChange={(v) => write(i, 'flag', v)}
            />
            <OptionalText
              label={t('studio.forms.flagLabel')}
              value={child(f, 'label')}
              onChange={(v) => write(i, 'label', v)}
            />
            <Choice
              label={t('studio.forms.severity')}
              value={asText(child(f, 'severity'))}
              options={SEVERITIES.map((s) => ({ value: s, label: t(`studio.forms.severity.${s}`) }))}
              onChange={(v) => write(i, 'severity', v)}
            />
            <TextField
              label={t('studio.forms.reason')}
              value={asText(child(f, 'reason'))}
              onChange={(v) => write(i, 'reason', v)}
            />
            <Choice
              label={t('studio.forms.stops')}
              value={asText(child(f, 'stops'))}
              options={[
                { value: '', label: t('studio.forms.stops.unset') },
                ...STOP_KINDS.map((k) => ({ value: k, label: t(`studio.forms.stops.${k}`) })),
              ]}
              // Not said is no key at all: an old pack's reading (the well-known codes) stays as it was.
              onChange={(v) => write(i, 'stops', v === '' ? undefined : v)}
            />
            <OptionalText
              label={t('studio.forms.numbersField')}
              value={child(f, 'numbersField')}
              onChange={(v) => write(i, 'numbersField', v)}
            />
            <WhenField
              draft={draft}
              legend={t('studio.conditions.unless')}
              when={child(f, 'unless')}
              onChange={(when) => write(i, 'unless', when)}
            />
          </>
        )}
      </OpenItemList>
      <AddByTitle
        label={t('studio.forms.newFlag')}
        button={t('studio.forms.addFlag')}
        onAdd={(flag) => onEdit(appendAt(text, path, { flag, severity: 'block', reason: '' }))}
      />
    </fieldset>
  );
}

/**
 * A forbidden-phrases rule's categories: phrases one per line with their syntax, what to say
 * instead, and a box that runs the real matcher on a sample sentence.
 */
export function PhrasesForm({ text, path, items, onEdit, rule }: ListProps & { rule: unknown }) {
  const { t } = useI18n();
  const tryId = useId();
  const [sample, setSample] = useState('');
  const [adding, setAdding] = useState('');
  const write = (i: number, key: string, v: unknown) =>
    onEdit(setAt(text, [...path, i, key], v), [...path, i, key].join('.'));
  const used = new Set(items.map((c) => asText(child(c, 'category'))));
  const free = FORBIDDEN_CATEGORIES.filter((c) => !used.has(c));
  const matches = sample.trim() === '' ? [] : tryPhrases(rule, sample);
  return (
    <fieldset className="studio-checks">
      <legend>{t('studio.forms.param.categories')}</legend>
      <p className="studio-hint">
        {t('studio.forms.phraseSyntax', { gap: GAP_MAX, gapLatin: GAP_MAX_LATIN, gapSentence: GAP_SENTENCE })}{' '}
        {t('studio.forms.phraseUnless')} {t('studio.guard.familyRef', { ref: '{name}' })}
      </p>
      <OpenItemList
        items={items}
        nameOf={(c, i) => {
          const category = asText(child(c, 'category'));
          return FORBIDDEN_CATEGORIES.find((k) => k === category)
            ? t(`guard.category.${category as (typeof FORBIDDEN_CATEGORIES)[number]}`)
            : `#${i + 1}`;
        }}
        onMove={(from, to) => onEdit(moveItem(text, path, items, from, to))}
        onRemove={(i) => onEdit(removeAt(text, [...path, i]))}
      >
        {(c, i) => (
          <>
            <LinesField
              label={t('studio.forms.phrases')}
              value={stringsOf(child(c, 'phrases'))}
              onChange={(v) => write(i, 'phrases', v)}
            />
            <TextField
              label={t('studio.forms.instead')}
              multiline
              value={asText(child(c, 'instead'))}
              onChange={(v) => write(i, 'instead', v)}
            />
          </>
        )}
      </OpenItemList>
      {free.length > 0 ? (
        <div className="studio-row">
          <Choice
            label={t('studio.forms.newCategory')}
            value={adding || free[0] || ''}
            options={free.map((c) => ({ value: c, label: t(`guard.category.${c}`) }))}
            onChange={setAdding}
          />
          <button
            type="button"
            onClick={() => {
              const category = free.find((c) => c === adding) ?? free[0];
              onEdit(appendAt(text, path, { category, phrases: [], instead: '' }));
              setAdding('');
            }}
          >
            {t('studio.forms.addCategory')}
          </button>
        </div>
      ) : null}
      <div className="studio-field">
        <label htmlFor={tryId}>{t('studio.forms.tryIt')}</label>
        <textarea id={tryId} rows={2} value={sample} onChange={(e) => setSample(e.target.value)} />
        <output htmlFor={tryId} aria-live="polite">
          {sample.trim() === '' ? null : matches.length === 0 ? (
            t('studio.forms.tryNone')
          ) : (
            <ul>
              {matches.map((m) => (
                <li key={`${m.start}-${m.phrase}`}>
                  {t('studio.forms.tryFound', {
                    text: sample.slice(m.start, m.end),
                    phrase: m.phrase,
                    category: t(`guard.category.${m.category}`),
                    instead: m.instead,
                  })}
                </li>
              ))}
            </ul>
          )}
        </output>
      </div>
    </fieldset>
  );
}
