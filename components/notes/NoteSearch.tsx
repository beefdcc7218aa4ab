import { type ReactNode, useEffect, useId, useState } from 'react';
import { useDb } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { type NoteRecord, searchNotes, storageErrorMessage } from '@/lib/db';
import type { LocalizedText } from '@/lib/i18n/text';
import { dateTime } from './format';

/** Waits for a pause in typing: a scan of every note per keystroke is wasted work. */
const SEARCH_DELAY_MS = 200;
const SEARCH_LIMIT = 20;

type Found = { query: string; notes: NoteRecord[] } | { query: string; error: LocalizedText };

/** The note's text with every searched word marked (React text nodes, never HTML). */
function marked(text: string, query: string): ReactNode[] {
  const terms = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [text];
  const lower = text.toLocaleLowerCase();
  const parts: ReactNode[] = [];
  let position = 0;
  while (position < text.length) {
    let next = -1;
    let length = 0;
    for (const term of terms) {
      const at = lower.indexOf(term, position);
      if (at !== -1 && (next === -1 || at < next || (at === next && term.length > length))) {
        next = at;
        length = term.length;
      }
    }
    if (next === -1) break;
    if (next > position) parts.push(text.slice(position, next));
    parts.push(<mark key={next}>{text.slice(next, next + length)}</mark>);
    position = next + length;
  }
  if (position < text.length) parts.push(text.slice(position));
  return parts;
}

/** Search across every account's notes (issue 7 §5); results name the account and the date. */
export function NoteSearch() {
  const { t, l } = useI18n();
  const db = useDb();
  const inputId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    if (query.trim() === '') {
      setFound(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      searchNotes(db, query, { limit: SEARCH_LIMIT }).then(
        (notes) => !cancelled && setFound({ query, notes }),
        (error: unknown) => !cancelled && setFound({ query, error: storageErrorMessage(error) }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [db, query]);

  return (
    <search className="note-search">
      <label htmlFor={inputId}>{t('notes.search')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        aria-describedby={hintId}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p id={hintId} className="muted">
        {t('notes.searchHint')}
      </p>
      <p role="status" className="note-search__count">
        {found && 'notes' in found
          ? found.notes.length > 0
            ? t('notes.searchCount', { count: found.notes.length })
            : t('notes.searchNone')
          : ''}
      </p>
      {found && 'error' in found && (
        <p role="alert" className="note-box__error">
          {l(found.error)}
        </p>
      )}
      {found && 'notes' in found && found.notes.length > 0 && (
        <ul className="note-search__results" aria-label={t('notes.search')}>
          {found.notes.map((note) => (
            <li key={note.id} className="note-search__result">
              <span className="note-search__account">{t('notes.account', { key: note.accountKey })}</span>{' '}
              <time dateTime={new Date(note.createdAt).toISOString()}>{dateTime(note.createdAt)}</time>
              <p className="timeline__note">{marked(note.text, found.query)}</p>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}
