import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { fieldChoices } from '@/lib/studio/conditions';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { moveAt } from '@/lib/studio/move';
import { catchAllWarning, newSegment } from '@/lib/studio/segments';
import { ConditionRows } from './ConditionRows';
import { titledOptions, withCurrent } from './choices';
import type { EditorProps } from './editors';
import { Choice, TextField } from './fields';
import { followMove, followRemove, ItemList } from './ItemList';

/**
 * Segments as a form (issue 17 item 1): the ordered list (first match wins), each one's name,
 * conditions, script and plan policy chosen by title; lint's catch-all warning shown here too.
 */
export function SegmentEditor({ text, value, onEdit }: EditorProps) {
  const { t, l } = useI18n();
  const [selected, setSelected] = useState(0);
  const segments = asList(child(value, 'segments'));
  const at = Math.min(selected, segments.length - 1);
  const segment = segments[at];
  const path = (...rest: (string | number)[]) => ['segments', at, ...rest];
  const write = (key: string, v: unknown) => onEdit(setAt(text, path(key), v), path(key).join('.'));
  const warning = catchAllWarning(value);
  const names = segments.map((s, i) => asText(child(s, 'name')) || `#${i + 1}`);
  const reference = (key: string, label: string, list: string, name: string) => {
    const current = asText(child(segment, key));
    return (
      <Choice
        label={label}
        value={current}
        options={withCurrent(titledOptions(child(value, list), name), current)}
        onChange={(v) => write(key, v)}
      />
    );
  };
  return (
    <section aria-labelledby="studio-segments" className="studio-form">
      <h2 id="studio-segments">{t('studio.scripts.segments')}</h2>
      {warning ? (
        <p className="studio-warning" role="status">
          {l(warning)}
        </p>
      ) : null}
      <ItemList
        label={t('studio.scripts.segmentList')}
        names={names}
        selected={at}
        onSelect={setSelected}
        onMove={(i, by) => {
          onEdit(moveAt(text, value, ['segments'], i, by));
          setSelected(followMove(at, i, by));
        }}
        onRemove={(i) => {
          onEdit(removeAt(text, ['segments', i]));
          setSelected(followRemove(at, i, segments.length));
        }}
        onAdd={() => {
          onEdit(appendAt(text, ['segments'], newSegment(value, t('studio.scripts.newSegment'))));
          setSelected(segments.length);
        }}
        addLabel={t('studio.scripts.addSegment')}
      />
      {segment === undefined ? null : (
        <div key={at}>
          <TextField
            label={t('studio.scripts.segmentName')}
            value={asText(child(segment, 'name'))}
            onChange={(v) => write('name', v)}
          />
          <ConditionRows
            when={child(segment, 'when')}
            fields={fieldChoices(value)}
            currency={asText(child(value, 'currency')) || 'CNY'}
            onChange={(when) => write('when', when)}
          />
          {reference('scriptId', t('studio.scripts.segmentScript'), 'scripts', 'name')}
          {reference('planPolicyId', t('studio.scripts.segmentPolicy'), 'planPolicies', 'name')}
        </div>
      )}
    </section>
  );
}
