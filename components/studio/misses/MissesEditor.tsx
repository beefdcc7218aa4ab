import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { addTrigger, draftCards, groupMisses } from '@/lib/studio/miss-groups';
import { readMissFile } from '@/lib/studio/misses';
import type { EditorProps } from '../editors';
import { addMissFile, clearMissFiles, useImportedMisses } from './imported';
import { MissGroupItem } from './MissGroupItem';
import './misses.css';

/** A long log would make a page nobody reads; the largest groups matter. */
const SHOWN_GROUPS = 200;

/**
 * The "Search misses" tab (issue 17 item 7): import the files agents export, see the queries
 * grouped, and add one as a trigger of the right card, written into the draft.
 */
export function MissesEditor({ text, value, onEdit }: EditorProps) {
  const { t, l } = useI18n();
  const id = useId();
  const imported = useImportedMisses();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const groups = useMemo(() => groupMisses(imported.misses), [imported.misses]);
  const cards = useMemo(() => draftCards(value), [value]);

  const importFiles = async (files: readonly File[]) => {
    const found: string[] = [];
    for (const file of files) {
      const fileText = await file.text();
      const read = readMissFile(file.name, fileText);
      if (!read.ok) found.push(l(read.message));
      else if (!addMissFile(file.name, fileText, read.misses))
        found.push(t('studio.misses.duplicate', { file: file.name }));
    }
    setProblems(found);
    setDone('');
  };

  return (
    <section aria-labelledby={`${id}-h`} className="studio-form">
      <h2 id={`${id}-h`}>{t('studio.misses.title')}</h2>
      <p className="hint">{t('studio.misses.hint')}</p>
      <div className="studio-field">
        <label htmlFor={`${id}-files`}>{t('studio.misses.import')}</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={async (e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            await importFiles(files);
          }}
        />
      </div>
      {problems.length > 0 ? (
        <ul role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
      {imported.files.length === 0 ? (
        <p>{t('studio.misses.empty')}</p>
      ) : (
        <>
          <p>
            {t('studio.misses.summary', {
              files: imported.files.length,
              count: imported.misses.length,
              groups: groups.length,
            })}{' '}
            <button type="button" onClick={clearMissFiles}>
              {t('studio.misses.clear')}
            </button>
          </p>
          {groups.length > SHOWN_GROUPS ? (
            <p>{t('studio.misses.more', { shown: SHOWN_GROUPS, total: groups.length })}</p>
          ) : null}
          <ul className="studio-misses">
            {groups.slice(0, SHOWN_GROUPS).map((group) => (
              <MissGroupItem
                key={group.key}
                group={group}
                cards={cards}
                onAdd={(card, query) => {
                  onEdit(addTrigger(text, value, card.index, query));
                  setDone(t('studio.misses.added', { query, title: card.title }));
                }}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
