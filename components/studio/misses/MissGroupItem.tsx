import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { coveringCard, type DraftCard, type MissGroup, suggestedCard } from '@/lib/studio/miss-groups';

interface Props {
  group: MissGroup;
  cards: readonly DraftCard[];
  onAdd: (card: DraftCard, query: string) => void;
}

/** One group of misses: how often, when, which card agents ended on, and "add as trigger". */
export function MissGroupItem({ group, cards, onAdd }: Props) {
  const { t } = useI18n();
  const id = useId();
  const covered = coveringCard(group, cards);
  const suggested = suggestedCard(group, cards);
  const [chosen, setChosen] = useState(suggested ? String(suggested.index) : '');
  const card = cards.find((c) => String(c.index) === chosen);
  const titleOf = (cardId: string) =>
    cards.find((c) => c.id === cardId)?.title ?? t('studio.misses.openedGone');
  const list = (items: string[]) => items.join(' · ');
  return (
    <li className={covered ? 'studio-miss studio-miss--covered' : 'studio-miss'}>
      <p>
        <strong>
          <bdi>{group.query}</bdi>
        </strong>{' '}
        {t('studio.misses.count', { count: group.count })} ·{' '}
        {t('studio.misses.reasons', { none: group.none, weak: group.weak })} ·{' '}
        {group.first === group.last
          ? group.first
          : t('studio.misses.dates', { first: group.first, last: group.last })}
      </p>
      {group.variants.length > 1 ? (
        <p>{t('studio.misses.variants', { list: list(group.variants.slice(1, 6)) })}</p>
      ) : null}
      {group.phases.length > 0 ? (
        <p>
          {t('studio.misses.phases', {
            list: list(group.phases.map(([phase, n]) => `${t(`guard.phase.${phase}`)} ${n}`)),
          })}
        </p>
      ) : null}
      {group.opened.length > 0 ? (
        <p>
          {t('studio.misses.opened', {
            list: list(group.opened.map(([cardId, n]) => `${titleOf(cardId)} ${n}`)),
          })}
        </p>
      ) : null}
      {covered ? (
        <p role="note">{t('studio.misses.covered', { title: covered.title })}</p>
      ) : (
        <div className="studio-miss-add">
          <label htmlFor={`${id}-card`}>{t('studio.misses.card', { query: group.query })}</label>
          <select id={`${id}-card`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('studio.misses.pick')}</option>
            {cards.map((c) => (
              <option key={c.index} value={String(c.index)}>
                {c.title}
              </option>
            ))}
          </select>
          <button type="button" disabled={!card} onClick={() => card && onAdd(card, group.query)}>
            {t('studio.misses.add', { query: group.query })}
          </button>
        </div>
      )}
    </li>
  );
}
