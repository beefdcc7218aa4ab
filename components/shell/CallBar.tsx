import { useEffect, useRef, useState } from 'react';
import { OverrideReason } from '@/components/guard/OverrideReason';
import type { Verdict } from '@/lib/compliance/evaluate';
import type { CallControls } from './call';
import { useI18n } from './i18n';
import { useKeys } from './key-dispatch';
import { useReturnFocus } from './return-focus';

function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Start and end the call (S / E), and how long it has run. While a compliance rule blocks,
 * starting asks for a typed reason first; a call the CRM started while blocked asks for it after.
 */
export function CallBar({ controls }: { controls: CallControls }) {
  const { t, l } = useI18n();
  const { call, start, end, error, reasonOwed, giveReason, debtorReached } = controls;
  const [now, setNow] = useState(Date.now());
  // The blocks shown while the agent types the reason to start anyway; null when not asking.
  const [asking, setAsking] = useState<Verdict[] | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const endYes = useRef<HTMLButtonElement>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);

  useEffect(() => {
    if (!call) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [call]);

  // A call started elsewhere (the CRM) makes the question moot.
  useEffect(() => {
    if (call) setAsking(null);
  }, [call]);

  const requestStart = async () => {
    const result = await start();
    if (!result.started && result.blocks.length > 0) setAsking(result.blocks);
  };
  // Chords, never single letters: a plain `s`/`e` typed into the wrong place ended calls
  // (review 2026-11-live-call #2). An in-progress call is not wrapped up, so ending asks first.
  useKeys({
    'call.start': () => {
      if (call !== null || asking !== null) return false;
      void requestStart();
      return true;
    },
    'call.reached': () => {
      if (!call || call.conversation) return false;
      void debtorReached();
      return true;
    },
    'call.end': () => {
      if (!call) return false;
      if (confirmingEnd) void end();
      else setConfirmingEnd(true);
      return true;
    },
  });
  useReturnFocus(confirmingEnd && Boolean(call));
  useEffect(() => {
    if (confirmingEnd) endYes.current?.focus();
  }, [confirmingEnd]);
  useEffect(() => {
    if (!call) setConfirmingEnd(false);
  }, [call]);

  if (call === undefined) return null;

  const cancel = () => {
    setAsking(null);
    requestAnimationFrame(() => startButton.current?.focus());
  };

  return (
    <div className="callbar-wrap">
      <div className={`callbar ${call ? 'callbar--live' : ''}`}>
        {/* A timer region is not announced every second (issue 15 item 8). */}
        <span role="timer" data-testid="call-status">
          {call ? t('call.inProgress', { time: elapsed(now - call.startedAt) }) : t('call.none')}
        </span>
        {call &&
          (call.conversation ? (
            <span className="callbar__reached">{t('call.reachedDone')}</span>
          ) : (
            <button type="button" onClick={() => void debtorReached()} aria-keyshortcuts="Alt+C">
              {t('call.reached')} <kbd>Alt+C</kbd>
            </button>
          ))}
        {call ? (
          <button type="button" onClick={() => setConfirmingEnd(true)} aria-keyshortcuts="Alt+E">
            {t('call.end')} <kbd>Alt+E</kbd>
          </button>
        ) : (
          <button
            ref={startButton}
            type="button"
            className="primary"
            aria-keyshortcuts="Alt+S"
            aria-expanded={asking !== null}
            onClick={async () => {
              if (asking) return;
              const result = await start();
              if (!result.started && result.blocks.length > 0) setAsking(result.blocks);
            }}
          >
            {t('call.start')} <kbd>Alt+S</kbd>
          </button>
        )}
        {error && (
          <span role="alert" className="error">
            {l(error)}
          </span>
        )}
      </div>
      {call && confirmingEnd && (
        <div
          role="alertdialog"
          aria-label={t('call.endConfirm')}
          className="callbar__confirm"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setConfirmingEnd(false);
          }}
        >
          <p>{t('call.endConfirm')}</p>
          <button ref={endYes} type="button" className="danger" onClick={() => void end()}>
            {t('call.endConfirmYes')} <kbd>Enter</kbd>
          </button>
          <button type="button" onClick={() => setConfirmingEnd(false)}>
            {t('call.endConfirmNo')} <kbd>Esc</kbd>
          </button>
        </div>
      )}
      {!call && asking && (
        <OverrideReason
          blocks={asking}
          title={t('guard.override.startTitle')}
          confirm={t('guard.override.startConfirm')}
          onCancel={cancel}
          onConfirm={async (reason, supervisorId) => {
            const result = await start(reason, supervisorId);
            if (result.started) setAsking(null);
            else if (result.blocks.length > 0) setAsking(result.blocks);
            else setAsking(null);
          }}
        />
      )}
      {call && reasonOwed && (
        <OverrideReason
          blocks={reasonOwed.blocks}
          title={t('guard.override.owedTitle')}
          confirm={t('guard.override.owedConfirm')}
          onConfirm={async (reason, supervisorId) => {
            await giveReason(reason, supervisorId);
          }}
        />
      )}
    </div>
  );
}
