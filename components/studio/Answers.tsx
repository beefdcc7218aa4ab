import { useId } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { newAnswer } from '@/lib/studio/scripts';
import { titledOptions, withCurrent } from './choices';
import { Choice, TextField } from './fields';
import type { ScriptPartProps } from './StageEditor';

/**
 * A question's answers (`ask` lines): label, the stage it leads to (by title, or on to the next
 * stage), and whether it means a third party answered. The schema wants two or more: the first add
 * makes two; removing down to one is allowed and the checks say what is missing.
 */
export function Answers({ text, onEdit, script, line, path }: ScriptPartProps & { line: unknown }) {
  const { t } = useI18n();
  const id = useId();
  const answers = asList(child(line, 'answers'));
  if (asText(child(line, 'kind')) !== 'ask' && answers.length === 0) return null;
  const answersPath = [...path, 'answers'];
  const stages = [
    { value: '', label: t('studio.scripts.nextStage') },
    ...titledOptions(child(script, 'stages'), 'title'),
  ];
  const add = () => {
    const first = newAnswer(line, t('studio.scripts.newAnswer'));
    if (answers.length > 0) return onEdit(appendAt(text, answersPath, first));
    const second = newAnswer({ answers: [first] }, t('studio.scripts.newAnswer'));
    onEdit(setAt(text, answersPath, [first, second]));
  };
  return (
    <fieldset>
      <legend>{t('studio.scripts.answers')}</legend>
      {answers.map((answer, i) => {
        const n = i + 1;
        const at = [...answersPath, i];
        const goto = asText(child(answer, 'goto'));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: answers are positions in the draft's list
          <div key={i} className="studio-condition">
            <TextField
              label={t('studio.scripts.answer', { n })}
              value={asText(child(answer, 'label'))}
              onChange={(v) => onEdit(setAt(text, [...at, 'label'], v), [...at, 'label'].join('.'))}
            />
            <Choice
              label={t('studio.scripts.goto', { n })}
              value={goto}
              options={withCurrent(stages, goto)}
              onChange={(v) => onEdit(setAt(text, [...at, 'goto'], v === '' ? undefined : v))}
            />
            <div className="studio-field">
              <input
                id={`${id}-${i}-tp`}
                type="checkbox"
                checked={child(answer, 'thirdParty') === true}
                onChange={(e) =>
                  onEdit(setAt(text, [...at, 'thirdParty'], e.target.checked ? true : undefined))
                }
              />
              <label htmlFor={`${id}-${i}-tp`}>{t('studio.scripts.thirdParty', { n })}</label>
            </div>
            <button
              type="button"
              onClick={() =>
                onEdit(answers.length === 1 ? setAt(text, answersPath, undefined) : removeAt(text, at))
              }
            >
              {t('studio.scripts.removeAnswer', { n })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={add}>
        {t('studio.scripts.addAnswer')}
      </button>
    </fieldset>
  );
}
