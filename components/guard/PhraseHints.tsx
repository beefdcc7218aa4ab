import { useMemo } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { checkNote, findForbiddenPhrases, type PhraseMatch } from '@/lib/compliance/phrases';
import type { MessageKey } from '@/lib/i18n';
import type { Rule } from '@/lib/pack/schema';
import './guard.css';

export const CATEGORY_KEY: Record<PhraseMatch['category'], MessageKey> = {
  threat: 'guard.category.threat',
  falseLegal: 'guard.category.falseLegal',
  insult: 'guard.category.insult',
  thirdPartyDisclosure: 'guard.category.thirdPartyDisclosure',
  privacy: 'guard.category.privacy',
};

export interface PhraseHintsProps {
  /** The text being written (a note, a message). */
  text: string;
  /** The pack's rules; only `forbiddenPhrases` rules are read. */
  rules: readonly Rule[];
  /**
   * `note` (default): words the note gives as the customer's (客户说…, quotes) are shown apart as
   * hints (issue 12 §10); `speech`: a sentence the agent is about to say, every match counts.
   */
  kind?: 'note' | 'speech';
}

interface Hint {
  written: string;
  match: PhraseMatch;
  count: number;
}

/**
 * Forbidden phrases found in `text` as the agent types (issue 5 §4): each one marked in red with
 * its category and the compliant wording to use instead. Renders nothing while the text is clean.
 */
/** One entry per phrase, however often it was typed: the alternative is what the agent needs. */
function byPhrase(text: string, matches: readonly PhraseMatch[]): Hint[] {
  const hints = new Map<string, Hint>();
  for (const match of matches) {
    const key = `${match.ruleId}\u0000${match.phrase}`;
    const hint = hints.get(key);
    if (hint) hint.count += 1;
    else hints.set(key, { written: text.slice(match.start, match.end), match, count: 1 });
  }
  return [...hints.values()];
}

export function PhraseHints({ text, rules, kind = 'note' }: PhraseHintsProps) {
  const { t } = useI18n();
  const { hints, customer } = useMemo(() => {
    if (kind === 'speech') return { hints: byPhrase(text, findForbiddenPhrases(text, rules)), customer: [] };
    const found = checkNote(text, rules);
    return {
      hints: byPhrase(
        text,
        found.filter((m) => m.speaker === 'agent'),
      ),
      customer: byPhrase(
        text,
        found.filter((m) => m.speaker === 'customer'),
      ),
    };
  }, [text, rules, kind]);

  return (
    <>
      {hints.length > 0 && <Violations hints={hints} />}
      {customer.length > 0 && (
        <div role="status" className="phrase-hints phrase-hints--customer" data-testid="customer-words">
          <p className="phrase-hints__title">{t('guard.phrases.customer')}</p>
          <ul>
            {customer.map(({ written, match }) => (
              <li key={`${match.ruleId}:${match.phrase}`} className="phrase-hint">
                <mark className="phrase-hint__phrase">{written}</mark>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function Violations({ hints }: { hints: readonly Hint[] }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="phrase-hints" data-testid="phrase-hints">
      <p className="phrase-hints__title">{t('guard.phrases.found', { count: hints.length })}</p>
      <ul>
        {hints.map(({ written, match, count }) => (
          <li key={`${match.ruleId}:${match.phrase}`} className="phrase-hint" data-phrase={match.phrase}>
            <mark className="phrase-hint__phrase">{written}</mark>
            {count > 1 && <span className="phrase-hint__count">×{count}</span>}
            <span className="phrase-hint__category">{t(CATEGORY_KEY[match.category])}</span>
            <span className="phrase-hint__instead">
              {t('guard.phrases.instead', { instead: match.instead })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
