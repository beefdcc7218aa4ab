import { useI18n } from '@/components/shell/i18n';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { WhenField } from './ConditionRows';
import { titledOptions, withCurrent } from './choices';
import { Choice, TextField } from './fields';
import type { StagePartProps } from './StageEditor';

/**
 * The buttons after a stage (`next`), each a label, the stage it leads to (issue 17 item 1) and the
 * accounts it shows for (item 2).
 */
export function Branches({ text, value, onEdit, script, stage, path }: StagePartProps) {
  const { t } = useI18n();
  const nextPath = [...path, 'next'];
  const branches = asList(child(stage, 'next'));
  const stages = titledOptions(child(script, 'stages'), 'title');
  const elsewhere = stages.find((s) => s.value !== asText(child(stage, 'id')))?.value ?? '';
  return (
    <fieldset>
      <legend>{t('studio.scripts.branches')}</legend>
      {branches.map((branch, i) => {
        const n = i + 1;
        const at = [...nextPath, i];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: branches are positions in the draft's list
          <div key={i} className="studio-condition">
            <TextField
              label={t('studio.scripts.branch', { n })}
              value={asText(child(branch, 'label'))}
              onChange={(v) => onEdit(setAt(text, [...at, 'label'], v), [...at, 'label'].join('.'))}
            />
            <Choice
              label={t('studio.scripts.branchGoto', { n })}
              value={asText(child(branch, 'goto'))}
              options={withCurrent(stages, asText(child(branch, 'goto')))}
              onChange={(v) => onEdit(setAt(text, [...at, 'goto'], v))}
            />
            <WhenField
              draft={value}
              legend={t('studio.conditions.branchWhen', { n })}
              when={child(branch, 'when')}
              onChange={(when) => onEdit(setAt(text, [...at, 'when'], when))}
            />
            <button
              type="button"
              onClick={() =>
                onEdit(branches.length === 1 ? setAt(text, nextPath, undefined) : removeAt(text, at))
              }
            >
              {t('studio.scripts.removeBranch', { n })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          const branch = { label: t('studio.scripts.branch', { n: branches.length + 1 }), goto: elsewhere };
          onEdit(branches.length === 0 ? setAt(text, nextPath, [branch]) : appendAt(text, nextPath, branch));
        }}
      >
        {t('studio.scripts.addBranch')}
      </button>
    </fieldset>
  );
}
