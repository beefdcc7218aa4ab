import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { GAP_MAX } from '@/lib/compliance/phrases';
import { type JsonPath, removeAt, setAt } from '@/lib/studio/edit';
import {
  type FamilyEntry,
  familiesOf,
  familyNameProblem,
  movedFamilies,
  phrasesNaming,
  renameFamily,
  undeclaredFamilies,
} from '@/lib/studio/families';
import type { EditorProps } from './editors';
import { LinesField } from './fields';
import { AddByTitle, OpenItemList } from './list-controls';

/** A phrase made of families, as the default zh-CN pack writes them. */
const EXAMPLE = '{我方}…{上门}…{你的地方}';

interface Props {
  text: string;
  /** Path of the forbidden-phrases rule in the draft (`rules.7`). */
  rulePath: JsonPath;
  rule: unknown;
  onEdit: EditorProps['onEdit'];
}

/**
 * The word families of a forbidden-phrases rule (a phrase names one as `{name}`): add one by its
 * name, rename it (its phrases follow), edit its words one per line, reorder, remove. Families the
 * phrases name but nobody declared are listed, since such a phrase never matches.
 */
export function FamiliesForm({ text, rulePath, rule, onEdit }: Props) {
  const { t } = useI18n();
  const path = [...rulePath, 'families'];
  const families = familiesOf(rule);
  const missing = undeclaredFamilies(rule);
  const [problem, setProblem] = useState<string | null>(null);
  const problemText = (name: string, current?: string) => {
    const why = familyNameProblem(name, rule, current);
    return why ? t(`studio.guard.familyName.${why}`, { name }) : null;
  };
  return (
    <fieldset className="studio-checks">
      <legend>{t('studio.forms.param.families')}</legend>
      <p className="studio-hint">
        {t('studio.guard.familyHint', { ref: '{name}', example: EXAMPLE, gap: GAP_MAX })}{' '}
        {t('studio.forms.phraseUnless')}
      </p>
      {missing.length > 0 ? (
        <p className="studio-hint" role="status">
          {t('studio.guard.undeclared', { names: missing.map((n) => `{${n}}`).join(' ') })}
        </p>
      ) : null}
      <OpenItemList
        items={families}
        label={t('studio.forms.param.families')}
        nameOf={(f) => (f as FamilyEntry).name}
        onMove={(from, to) => onEdit(setAt(text, path, movedFamilies(rule, from, to)))}
        onRemove={(i) => {
          const name = families[i]?.name;
          if (name !== undefined) onEdit(removeAt(text, [...path, name]));
        }}
        removeWarning={(f) => {
          const n = phrasesNaming(rule, (f as FamilyEntry).name);
          return n > 0 ? t('studio.guard.stillNamed', { count: n }) : undefined;
        }}
      >
        {(f) => {
          const { name, words } = f as FamilyEntry;
          return (
            <>
              <RenameField
                name={name}
                problemOf={(to) => problemText(to, name)}
                onRename={(to) => onEdit(renameFamily(text, rulePath, rule, name, to))}
              />
              <LinesField
                label={t('studio.guard.words', { name })}
                value={words}
                onChange={(lines) => onEdit(setAt(text, [...path, name], lines), [...path, name].join('.'))}
              />
            </>
          );
        }}
      </OpenItemList>
      <AddByTitle
        label={t('studio.guard.newFamily')}
        button={t('studio.guard.addFamily')}
        onAdd={(name) => {
          const why = problemText(name);
          setProblem(why);
          if (!why) onEdit(setAt(text, [...path, name], []));
        }}
      />
      {problem ? (
        <p className="studio-hint" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A family's name, renamed when the lead presses the button (typing never half-renames its phrases). */
function RenameField({
  name,
  problemOf,
  onRename,
}: {
  name: string;
  problemOf: (to: string) => string | null;
  onRename: (to: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(name);
  const problem = draft.trim() === name ? null : problemOf(draft.trim());
  return (
    <div className="studio-row">
      <label htmlFor={id}>{t('studio.guard.familyNameLabel')}</label>
      <input
        id={id}
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button
        type="button"
        disabled={draft.trim() === name || problem !== null}
        onClick={() => onRename(draft.trim())}
      >
        {t('studio.guard.rename', { name })}
      </button>
      {problem ? <span id={`${id}-problem`}>{problem}</span> : null}
    </div>
  );
}
