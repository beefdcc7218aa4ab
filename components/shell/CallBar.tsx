import { useEffect, useRef, useState } from 'react';
import { OverrideReason } from '@/components/guard/OverrideReason';
import type { Verdict } from '@/lib/compliance/evaluate';
import type { CallControls } from './call';
import { useI18n } from './i18n';
import { isTyping } from './keys';

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
  const { call, start, end, error, reasonOwed, giveReason } = controls;
  const [now, setNow] = useState(Date.now());
  // The blocks shown while the agent types the reason to start anyway; null when not asking.
  const [asking, setAsking] = useState<Verdict[] | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!call) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [call]);

  // A call started elsewhere (the CRM) makes the question moot.
  useEffect(() => {
    if (call) setAsking(null);
  }, [call]);

  useEffect(() => {
    const requestStart = async () => {
      const result = await start();
      if (!result.started && result.blocks.length > 0) setAsking(result.blocks);
    };
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 's' && call === null && asking === null) void requestStart();
      else if (event.key === 'e' && call) void end();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [call, start, end, asking]);

  if (call === undefined) return null;

  const cancel = () => {
    setAsking(null);
    requestAnimationFrame(() => startButton.current?.focus());
  };

  return (
    <div className="callbar-wrap">
      <div className={`callbar ${call ? 'callbar--live' : ''}`}>
        <span role="status" data-testid="call-status">
          {call ? t('call.inProgress', { time: elapsed(now - call.startedAt) }) : t('call.none')}
        </span>
        {call ? (
          <button type="button" onClick={() => void end()} aria-keyshortcuts="e">
            {t('call.end')} <kbd>E</kbd>
          </button>
        ) : (
          <button
            ref={startButton}
            type="button"
            className="primary"
            aria-keyshortcuts="s"
            aria-expanded={asking !== null}
            onClick={async () => {
              if (asking) return;
              const result = await start();
              if (!result.started && result.blocks.length > 0) setAsking(result.blocks);
            }}
          >
            {t('call.start')} <kbd>S</kbd>
          </button>
        )}
        {error && (
          <span role="alert" className="error">
            {l(error)}
          </span>
        )}
      </div>
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
