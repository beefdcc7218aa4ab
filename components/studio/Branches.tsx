import { useI18n } from '@/components/shell/i18n';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { Choice, TextField } from './fields';
import type { StagePartProps } from './StageEditor';

/** The stages of a script as choices by title (a goto names a stage id; the lead never sees it). */
export function stageOptions(script: unknown) {
  return asList(child(script, 'stages')).map((stage, i) => ({
    value: asText(child(stage, 'id')),
    label: asText(child(stage, 'title')) || `#${i + 1}`,
  }));
}

/** With the current target first when it names no stage, so the choice shows what the draft holds. */
export function withCurrent(options: { value: string; label: string }[], current: string) {
  return current === '' || options.some((o) => o.value === current)
    ? options
    : [{ value: current, label: '—' }, ...options];
}

/**
 * The buttons after a stage (`next`), each a label and the stage it leads to (issue 17 item 1). A
 * branch's `when` is kept as written (edited in the JSON tab).
 */
export function Branches({ text, onEdit, script, stage, path }: StagePartProps) {
  const { t } = useI18n();
  const nextPath = [...path, 'next'];
  const branches = asList(child(stage, 'next'));
  const stages = stageOptions(script);
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
