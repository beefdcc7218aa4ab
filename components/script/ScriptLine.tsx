import { useI18n } from '@/components/shell/i18n';
import { clockTime } from '@/lib/i18n/clock';
import type { Line } from '@/lib/pack/schema';
import type { Rendered } from '@/lib/script/render';
import { useLineMark } from './line-mark';
import { RenderedText } from './RenderedText';

interface Props {
  line: Line;
  rendered: Rendered;
  current: boolean;
  saidAt: number | undefined;
  answered: string | undefined;
  answerKeys: string;
  onFocus: () => void;
  onSaid: () => void;
  onCopy: () => void;
  onAnswer: (answerId: string) => void;
}

/** One script line: read-aloud text (values filled, missing ones highlighted), said mark, answers. */
export function ScriptLine({
  line,
  rendered,
  current,
  saidAt,
  answered,
  answerKeys,
  onFocus,
  onSaid,
  onCopy,
  onAnswer,
}: Props) {
  const { t, locale } = useI18n();
  const check = rendered.missing.length > 0;
  const mark = useLineMark(line);
  return (
    // The current line takes the focus (`2`), so Space marks it whatever was focused before.
    <li
      tabIndex={current ? 0 : -1}
      className={`line line--${line.kind} ${current ? 'line--current' : ''} ${saidAt ? 'line--said' : ''}`}
      aria-current={current ? 'true' : undefined}
      data-line-id={line.id}
      onFocusCapture={onFocus}
    >
      <div className="line__head">
        <span className="line__kind">{t(`script.kind.${line.kind}`)}</span>
        {line.must && <span className="badge badge--must">{t('script.must')}</span>}
        {mark}
        {check && (
          <span className="badge badge--check" role="note">
            {t('script.check', { fields: rendered.missing.join(', ') })}
          </span>
        )}
        {saidAt && (
          <span className="line__said">✓ {t('script.said', { time: clockTime(saidAt, locale) })}</span>
        )}
      </div>
      <p className="line__text">
        <RenderedText rendered={rendered} />
      </p>
      {line.answers && (
        <fieldset className="line__answers" aria-label={rendered.text}>
          {line.answers.map((answer, index) => (
            <button
              key={answer.id}
              type="button"
              aria-pressed={answered === answer.id}
              aria-keyshortcuts={answerKeys[index]}
              onClick={() => onAnswer(answer.id)}
            >
              <kbd>{answerKeys[index]?.toUpperCase()}</kbd> {answer.label}
            </button>
          ))}
        </fieldset>
      )}
      <div className="line__actions">
        {line.kind !== 'do' && (
          <button
            type="button"
            onClick={onSaid}
            aria-pressed={saidAt !== undefined}
            aria-label={`${t('script.markSaid')}: ${rendered.text.slice(0, 40)}`}
          >
            ✓ {t('script.markSaid')}
          </button>
        )}
        <button
          type="button"
          onClick={onCopy}
          aria-label={`${t('script.copy')}: ${rendered.text.slice(0, 40)}`}
          aria-keyshortcuts="y"
        >
          {t('script.copy')}
        </button>
      </div>
    </li>
  );
}
