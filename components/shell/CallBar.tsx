import { useEffect, useState } from 'react';
import type { CallControls } from './call';
import { useI18n } from './i18n';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Start and end the call (S / E), and how long it has run. */
export function CallBar({ controls }: { controls: CallControls }) {
  const { t, l } = useI18n();
  const { call, start, end, error } = controls;
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!call) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [call]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 's' && call === null) void start();
      else if (event.key === 'e' && call) void end();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [call, start, end]);

  if (call === undefined) return null;
  return (
    <div className={`callbar ${call ? 'callbar--live' : ''}`}>
      <span role="status" data-testid="call-status">
        {call ? t('call.inProgress', { time: elapsed(now - call.startedAt) }) : t('call.none')}
      </span>
      {call ? (
        <button type="button" onClick={() => void end()} aria-keyshortcuts="e">
          {t('call.end')} <kbd>E</kbd>
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => void start()} aria-keyshortcuts="s">
          {t('call.start')} <kbd>S</kbd>
        </button>
      )}
      {error && (
        <span role="alert" className="error">
          {l(error)}
        </span>
      )}
    </div>
  );
}
