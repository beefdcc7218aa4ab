import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { objectionSchema, PHASES } from '@/lib/pack/schema';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { stringsOf } from '@/lib/studio/list-edit';
import { categoriesOf, duplicateObjection, findByTitle, newObjection } from '@/lib/studio/objections';
import { stripInvisible } from '@/lib/text/fold';
import type { EditorProps } from './editors';
import { Choice, LinesField, TextField } from './fields';
import { CheckField, ChecksField } from './form-fields';
import { AddByTitle, RemoveButton } from './list-controls';
import { isIndex, useViewState } from './use-view-state';

const LEADS_TO = objectionSchema.shape.leadsTo.unwrap().shape;
const PLANS = LEADS_TO.plan.unwrap().options;

/**
 * Objections as a form (issue 17 item 1): find a card by title, add one (its id generated from the
 * title), copy or remove it; title, category, triggers, say / do / never, stages, every leads-to
 * field, crisis flag and source.
 */
export function ObjectionEditor({ text, value, onEdit }: EditorProps) {
  const { t } = useI18n();
  const categoryList = useId();
  const objections = asList(child(value, 'objections'));
  const [index, setIndex] = useViewState('objections.card', 0, isIndex);
  const [query, setQuery] = useState('');
  const found = findByTitle(objections, query);
  const at = Math.max(0, Math.min(index, objections.length - 1));
  const objection = objections[at];
  // Names shown on buttons and in the list: a pack's invisible or bidi characters never steer them.
  const title = stripInvisible(asText(child(objection, 'title'))) || `#${at + 1}`;
  const path = (...rest: (string | number)[]) => ['objections', at, ...rest];
  const write = (key: string, v: unknown) => onEdit(setAt(text, path(key), v), path(key).join('.'));
  const listOrAbsent = (key: string, lines: string[]) => write(key, lines.length > 0 ? lines : undefined);
  const leadsTo = child(objection, 'leadsTo');
  const writeLeadsTo = (key: keyof typeof LEADS_TO, v: string) => {
    const next = { ...(typeof leadsTo === 'object' && leadsTo ? leadsTo : {}), [key]: v.trim() || undefined };
    const kept = Object.fromEntries(Object.entries(next).filter(([, x]) => x !== undefined));
    onEdit(
      setAt(text, path('leadsTo'), Object.keys(kept).length > 0 ? kept : undefined),
      path('leadsTo', key).join('.'),
    );
  };
  const dispositions = asList(child(value, 'dispositions'));
  const add = (newTitle: string) => {
    const category = asText(child(objection, 'category')) || categoriesOf(objections)[0] || newTitle;
    onEdit(appendAt(text, ['objections'], newObjection(newTitle, category, objections)));
    setQuery('');
    setIndex(objections.length);
  };
  const choices = (found.includes(at) ? found : [at, ...found]).filter((i) => objections[i] !== undefined);
  return (
    <section aria-labelledby="studio-objections" className="studio-form">
      <h2 id="studio-objections">{t('studio.objections')}</h2>
      <AddByTitle
        label={t('studio.forms.newObjection')}
        button={t('studio.forms.addObjection')}
        onAdd={add}
      />
      {objection === undefined ? (
        <p>{t('studio.forms.noObjections')}</p>
      ) : (
        <>
          <TextField
            label={t('studio.forms.findObjection')}
            value={query}
            onChange={(q) => {
              setQuery(q);
              const first = findByTitle(objections, q)[0];
              if (first !== undefined) setIndex(first);
            }}
          />
          {found.length === 0 ? <p role="status">{t('studio.forms.noMatch')}</p> : null}
          <Choice
            label={t('studio.objection')}
            value={String(at)}
            options={choices.map((i) => ({
              value: String(i),
              label: stripInvisible(asText(child(objections[i], 'title'))) || `#${i + 1}`,
            }))}
            onChange={(v) => setIndex(Number(v))}
          />
          <div className="studio-row">
            <button
              type="button"
              onClick={() => {
                const copyTitle = t('studio.forms.copyOf', { title });
                onEdit(appendAt(text, ['objections'], duplicateObjection(objection, copyTitle, objections)));
                setIndex(objections.length);
              }}
            >
              {t('studio.forms.duplicate', { name: title })}
            </button>
            <RemoveButton name={title} onRemove={() => onEdit(removeAt(text, ['objections', at]))} />
          </div>
          <div key={at}>
            <TextField
              label={t('studio.objTitle')}
              value={asText(child(objection, 'title'))}
              onChange={(v) => write('title', v)}
            />
            <div className="studio-field">
              <label htmlFor={`${categoryList}-input`}>{t('studio.forms.category')}</label>
              <input
                id={`${categoryList}-input`}
                list={categoryList}
                value={asText(child(objection, 'category'))}
                onChange={(e) => write('category', e.target.value)}
              />
              <datalist id={categoryList}>
                {categoriesOf(objections).map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </div>
            <LinesField
              label={t('studio.triggers')}
              value={stringsOf(child(objection, 'triggers'))}
              onChange={(v) => write('triggers', v)}
            />
            <LinesField
              label={t('studio.say')}
              value={stringsOf(child(objection, 'say'))}
              onChange={(v) => write('say', v)}
            />
            <LinesField
              label={t('studio.do')}
              value={stringsOf(child(objection, 'do'))}
              onChange={(v) => listOrAbsent('do', v)}
            />
            <LinesField
              label={t('studio.never')}
              value={stringsOf(child(objection, 'never'))}
              onChange={(v) => listOrAbsent('never', v)}
            />
            <ChecksField
              legend={t('studio.forms.stages')}
              options={PHASES}
              value={asList(child(objection, 'stages'))}
              labelOf={(p) => t(`guard.phase.${p}`)}
              onChange={(v) => listOrAbsent('stages', v)}
            />
            <Choice
              label={t('studio.leadsTo')}
              value={asText(child(leadsTo, 'plan'))}
              options={[
                { value: '', label: t('studio.none') },
                ...PLANS.map((p) => ({ value: p, label: t(`objections.plan.${p}`) })),
              ]}
              onChange={(v) => writeLeadsTo('plan', v)}
            />
            <Choice
              label={t('studio.forms.leadsToDisposition')}
              value={asText(child(leadsTo, 'disposition'))}
              options={[
                { value: '', label: t('studio.none') },
                ...dispositions.map((d) => ({
                  value: asText(child(d, 'id')),
                  label: asText(child(d, 'label')),
                })),
              ]}
              onChange={(v) => writeLeadsTo('disposition', v)}
            />
            <TextField
              label={t('studio.forms.leadsToFlag')}
              value={asText(child(leadsTo, 'flag'))}
              onChange={(v) => writeLeadsTo('flag', v)}
            />
            <CheckField
              label={t('studio.forms.crisis')}
              checked={child(objection, 'severity') === 'crisis'}
              onChange={(on) => write('severity', on ? 'crisis' : undefined)}
            />
            <TextField
              label={t('studio.forms.source')}
              value={asText(child(objection, 'source'))}
              onChange={(v) => write('source', v || undefined)}
            />
          </div>
        </>
      )}
    </section>
  );
}
