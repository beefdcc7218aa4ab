import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { fieldChoices } from '@/lib/studio/conditions';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
import { catchAllWarning, newSegment } from '@/lib/studio/segments';
import { ConditionRows } from './ConditionRows';
import { titledOptions, withCurrent } from './choices';
import type { EditorProps } from './editors';
import { Choice, TextField } from './fields';
import { OpenItemList } from './list-controls';

/**
 * Segments as a form (issue 17 item 1): the ordered list (first match wins), each one's name,
 * conditions, script and plan policy chosen by title; lint's catch-all warning shown here too.
 */
export function SegmentEditor({ text, value, onEdit }: EditorProps) {
  const { t, l } = useI18n();
  const [open, setOpen] = useState<number | null>(0);
  const segments = asList(child(value, 'segments'));
  const warning = catchAllWarning(value);
  return (
    <section aria-labelledby="studio-segments" className="studio-form">
      <h2 id="studio-segments">{t('studio.scripts.segments')}</h2>
      {warning ? (
        <p className="studio-warning" role="status">
          {l(warning)}
        </p>
      ) : null}
      <OpenItemList
        viewKey="segments.open"
        label={t('studio.scripts.segmentList')}
        items={segments}
        nameOf={(s, i) => asText(child(s, 'name')) || `#${i + 1}`}
        min={1}
        open={open}
        onOpen={setOpen}
        onMove={(from, to) => onEdit(moveItem(text, ['segments'], segments, from, to))}
        onRemove={(i) => onEdit(removeAt(text, ['segments', i]))}
      >
        {(segment, at) => {
          const path = (...rest: (string | number)[]) => ['segments', at, ...rest];
          const write = (key: string, v: unknown) => onEdit(setAt(text, path(key), v), path(key).join('.'));
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
            <>
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
            </>
          );
        }}
      </OpenItemList>
      <button
        type="button"
        onClick={() => {
          onEdit(appendAt(text, ['segments'], newSegment(value, t('studio.scripts.newSegment'))));
          setOpen(segments.length);
        }}
      >
        {t('studio.scripts.addSegment')}
      </button>
    </section>
  );
}
