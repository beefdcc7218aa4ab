import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { objectionSchema } from '@/lib/pack/schema';
import { asList, asText, child, setAt } from '@/lib/studio/edit';
import { Choice, LinesField, TextField } from './fields';

interface Props {
  text: string;
  /** The draft's value, read tolerantly: the form works while the schema still complains. */
  value: unknown;
  onEdit: (text: string, burst?: string) => void;
}

const PLANS = objectionSchema.shape.leadsTo.unwrap().shape.plan.unwrap().options;
const strings = (v: unknown) => asList(v).filter((s): s is string => typeof s === 'string');

/** Objections as a form: title, triggers, say / do / never, leads-to plan (issue 17 item 1). */
export function ObjectionEditor({ text, value, onEdit }: Props) {
  const { t } = useI18n();
  const objections = asList(child(value, 'objections'));
  const [index, setIndex] = useState(0);
  const at = Math.min(index, objections.length - 1);
  const objection = objections[at];
  if (objection === undefined) return null;
  const path = (...rest: (string | number)[]) => ['objections', at, ...rest];
  const write = (key: string, v: unknown) => onEdit(setAt(text, path(key), v), path(key).join('.'));
  const listOrAbsent = (key: string, lines: string[]) => write(key, lines.length > 0 ? lines : undefined);
  const plan = asText(child(child(objection, 'leadsTo'), 'plan'));
  return (
    <section aria-labelledby="studio-objections" className="studio-form">
      <h2 id="studio-objections">{t('studio.objections')}</h2>
      <Choice
        label={t('studio.objection')}
        value={String(at)}
        options={objections.map((o, i) => ({
          value: String(i),
          label: asText(child(o, 'title')) || `#${i + 1}`,
        }))}
        onChange={(v) => setIndex(Number(v))}
      />
      <div key={at}>
        <TextField
          label={t('studio.objTitle')}
          value={asText(child(objection, 'title'))}
          onChange={(v) => write('title', v)}
        />
        <LinesField
          label={t('studio.triggers')}
          value={strings(child(objection, 'triggers'))}
          onChange={(v) => write('triggers', v)}
        />
        <LinesField
          label={t('studio.say')}
          value={strings(child(objection, 'say'))}
          onChange={(v) => write('say', v)}
        />
        <LinesField
          label={t('studio.do')}
          value={strings(child(objection, 'do'))}
          onChange={(v) => listOrAbsent('do', v)}
        />
        <LinesField
          label={t('studio.never')}
          value={strings(child(objection, 'never'))}
          onChange={(v) => listOrAbsent('never', v)}
        />
        <Choice
          label={t('studio.leadsTo')}
          value={plan}
          options={[{ value: '', label: t('studio.none') }, ...PLANS.map((p) => ({ value: p, label: p }))]}
          onChange={(v) => onEdit(setAt(text, path('leadsTo', 'plan'), v === '' ? undefined : v))}
        />
      </div>
    </section>
  );
}
