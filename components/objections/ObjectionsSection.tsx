/**
 * Objection handling (issue 4 §2–4): the agent types two or three characters while the customer
 * talks and has the answer card. `/` focuses the search from anywhere (see GuardSlot), Enter opens
 * the first result, ↑↓ then Enter or a digit 1–9 open another, Escape goes back to the script.
 * What is typed in the box is text, digits too ("只能还500", "since 2019"): a digit picks only after
 * ↑/↓ moved into the list, and any edit leaves the list again (session 7, keys in fields).
 * Opening a card is recorded on the call; a crisis card flags the call, which stops the script and
 * puts the protocol in the Guard bar.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAgent } from '@/components/shell/agent';
import { useDb, useWrites } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { useKeys } from '@/components/shell/key-dispatch';
import { fieldBinding, isImeKey } from '@/components/shell/keys';
import { useNavigation, useSectionRequest } from '@/components/shell/navigation';
import type { SectionProps } from '@/components/shell/section';
import { useUnsaved } from '@/components/shell/use-unsaved';
import { type CallRecord, localDate } from '@/lib/db';
import type { LocalizedText } from '@/lib/i18n/text';
import type { ListedResult } from '@/lib/objections/fallback';
import type { Objection, Phase } from '@/lib/pack/schema';
import { flagName } from '@/lib/script/flag-words';
import type { RenderVars } from '@/lib/script/render';
import { selectSegment } from '@/lib/script/select';
import { CRISIS_FLAG, CrisisProtocol, crisisObjectionOf, isCrisis, isCrisisCall } from './crisis';
import { NO_SEARCH, searchStateSchema } from './kept-search';
import { useMissLog } from './miss-log';
import { ObjectionCard, PLAN_KEY, sayText } from './ObjectionCard';
import { SEARCH_KEYS, type SearchKey } from './search-keys';
import { objectionUsage } from './usage';
import { useObjectionSearch } from './use-objection-search';
import { useSearchKeys } from './use-search-keys';
import './objections.css';

/** Records an opened card on the call; a crisis card also flags the call (once). */
function recordUse(call: CallRecord, objection: Objection, at: number): CallRecord {
  if (call.objections.at(-1)?.objectionId !== objection.id) {
    call.objections.push({ objectionId: objection.id, at });
  }
  if (isCrisis(objection) && !call.flags.some((f) => f.flag === CRISIS_FLAG)) {
    call.flags.push({ flag: CRISIS_FLAG, reason: objection.title, at });
  }
  return call;
}

export function ObjectionsSection({ pack, context, call }: SectionProps) {
  const { t, l, locale } = useI18n();
  const db = useDb();
  const writes = useWrites();
  const agent = useAgent(context);
  const { show } = useNavigation();
  const id = useId();
  // The query and the open card survive closing or reloading the panel mid-call (live-call walk 10).
  const kept = useUnsaved('objections', context?.accountKey, call?.id, NO_SEARCH, searchStateSchema);
  const { query, openId } = kept.value;
  const setOpenId = (objectionId: string | null) => kept.set((s) => ({ ...s, openId: objectionId }));
  const [active, setActive] = useState(0);
  // True once ↑/↓ moved into the list: only then does a digit pick (and the rows show numbers).
  const [browsing, setBrowsing] = useState(false);
  const [notice, setNotice] = useState('');
  const [writeError, setWriteError] = useState<LocalizedText | null>(null);
  // A crisis card opened with no call in progress: kept here and flagged once a call starts.
  const [pendingCrisis, setPendingCrisis] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const [focusCard, setFocusCard] = useState(0);

  const byId = useMemo(() => new Map(pack.objections.map((o) => [o.id, o])), [pack]);

  // The current phase: the stage the call reached last in its segment's script, else the first.
  const script = useMemo(
    () => selectSegment(pack, context, call?.segmentId)?.script,
    [pack, context, call?.segmentId],
  );
  const lastStageId = call?.stages.at(-1)?.stageId;
  const phase: Phase | undefined = (script?.stages.find((s) => s.id === lastStageId) ?? script?.stages[0])
    ?.phase;

  // Read once per customer (the section remounts per account), not live: the call's own writes
  // come several times a minute, and results should not reorder under the agent's fingers.
  const [usage, setUsage] = useState<Record<string, number> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    objectionUsage(db).then(
      (counts) => live && setUsage(counts),
      () => undefined, // no lift is better than no search
    );
    return () => {
      live = false;
    };
  }, [db]);
  // The search never reads the clock: the day of the call is the pack's calendar day, passed in.
  const today = localDate(Date.now(), pack.timezone);
  const { results, full } = useObjectionSearch(pack.objections, query, {
    ...(phase === undefined ? {} : { phase }),
    ...(usage === undefined ? {} : { usage }),
    today,
  });

  const activeIndex = Math.min(active, Math.max(results.length - 1, 0));
  const misses = useMissLog(writes.recordMiss, query, results, phase, {
    logged: kept.value.logged,
    onLogged: (logged) => kept.set((s) => (s.query.trim() === logged ? { ...s, logged } : s)),
  });
  const vars: RenderVars = { context, pack, agent, agreed: call };
  const opened = openId === null ? undefined : byId.get(openId);
  const crisisActive = isCrisisCall(call) || pendingCrisis !== null;
  const crisisObjection =
    pendingCrisis !== null
      ? byId.get(pendingCrisis)
      : crisisActive
        ? crisisObjectionOf(pack, call)
        : undefined;

  const write = async (mutate: (c: CallRecord) => CallRecord) => {
    if (!call) return false;
    const result = await writes.updateCall(call.id, mutate);
    setWriteError(result.ok ? null : result.message);
    return result.ok;
  };

  const open = (objection: Objection) => {
    misses.opened(objection.id);
    setOpenId(objection.id);
    setFocusCard((n) => n + 1);
    if (!call) {
      setNotice(t('objections.startFirst'));
      if (isCrisis(objection)) setPendingCrisis(objection.id);
      return;
    }
    setNotice('');
    const at = Date.now();
    void write((c) => recordUse(c, objection, at));
  };

  // The crisis card was opened before the call started: the call is flagged as soon as it exists.
  const callId = call?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new call or crisis triggers the write
  useEffect(() => {
    const objection = pendingCrisis === null ? undefined : byId.get(pendingCrisis);
    if (!callId || !objection) return;
    void writes
      .updateCall(callId, (c) => recordUse(c, objection, Date.now()))
      .then((result) => {
        setWriteError(result.ok ? null : result.message);
        if (result.ok) {
          setPendingCrisis(null);
          setNotice('');
        }
      });
  }, [callId, pendingCrisis]);

  const copy = async (objection: Objection) => {
    try {
      await navigator.clipboard.writeText(sayText(objection, vars));
      setNotice(t('objections.copied'));
    } catch {
      setNotice(t('objections.copyFailed'));
    }
  };

  const plan = (objection: Objection) => {
    const preset = objection.leadsTo?.plan;
    if (!preset) return;
    setNotice(t('objections.planOpened', { plan: t(PLAN_KEY[preset]) }));
    show('plan', { focus: true, planPreset: preset });
  };

  const flag = (objection: Objection) => {
    const name = objection.leadsTo?.flag;
    if (!name) return;
    if (!call) {
      setNotice(t('objections.startFirst'));
      return;
    }
    if (call.flags.some((f) => f.flag === name)) return;
    const at = Date.now();
    void write((c) => {
      if (!c.flags.some((f) => f.flag === name)) c.flags.push({ flag: name, reason: objection.title, at });
      return c;
    }).then((ok) => ok && setNotice(t('objections.flagged', { flag: flagName(name, locale, pack.rules) })));
  };

  // A newly opened card takes the focus, so its keys (Y, P, F) work at once.
  useEffect(() => {
    if (focusCard > 0) cardRef.current?.focus();
  }, [focusCard]);

  // `3` or `/` from anywhere opens the search box; what was typed for the last search is selected,
  // so the new words replace it (review 2026-11-live-call #14).
  useSectionRequest('objections', (request) => {
    // Shown, not recorded on the call: nobody asked for this card on a call.
    if (request.objectionId && byId.has(request.objectionId)) setOpenId(request.objectionId);
    if (!request.focus) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  });

  // A reopened panel reads the kept query after `/` may already have focused the box: selected when
  // it arrives, so the next words still replace it (live-call walk 11) — unless the agent typed first.
  const typedFirst = useRef(false);
  const restored = kept.ready;
  useEffect(() => {
    if (restored && !typedFirst.current && document.activeElement === inputRef.current)
      inputRef.current?.select();
  }, [restored]);

  const searchKeys = useSearchKeys({ results, activeIndex, browsing, setActive, setBrowsing, open });
  // The card's keys, only while the section is on screen and no field has focus.
  useKeys({
    'objections.back': () => show('script', { focus: true }),
    'objections.copy': () => (opened ? void copy(opened) : false),
    'objections.plan': () => (opened?.leadsTo?.plan ? plan(opened) : false),
    'objections.flag': () => (opened?.leadsTo?.flag ? flag(opened) : false),
  });

  if (!context) return <p className="empty">{t('empty.objections')}</p>;

  const trimmed = query.trim();
  const pinned = crisisActive ? crisisObjection : undefined;
  const listId = `${id}-results`;

  return (
    <div className="objections" ref={rootRef}>
      {crisisActive && (
        <div className="crisis-banner" role="alert" data-testid="crisis-banner">
          <strong>{t('objections.crisis.stop')}</strong>
          {!call && <p>{t('objections.crisis.pending')}</p>}
          {/* With a call, the Guard bar shows the protocol; without one, only this section can. */}
          {!call && <CrisisProtocol pack={pack} objection={crisisObjection} vars={vars} />}
        </div>
      )}
      {pinned && (
        <ObjectionCard
          objection={pinned}
          pack={pack}
          call={call}
          vars={vars}
          pinned
          {...(opened?.id === pinned.id ? { ref: cardRef } : {})}
          onCopy={() => void copy(pinned)}
          onPlan={() => plan(pinned)}
          onFlag={() => flag(pinned)}
        />
      )}
      <div className="objections__search">
        <input
          ref={inputRef}
          type="search"
          role="combobox"
          aria-label={t('objections.search')}
          aria-keyshortcuts="/"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={results[activeIndex] ? `${listId}-${activeIndex}` : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={`/ ${t('objections.search')}`}
          value={query}
          onChange={(event) => {
            typedFirst.current = true;
            kept.set({ query: event.target.value, openId: null });
            setActive(0);
            setBrowsing(false);
          }}
          // Coming back to the box (`/`, a click) is typing again, never the previous list.
          onFocus={() => setBrowsing(false)}
          onKeyDown={(event) => {
            const native = event.nativeEvent;
            const key = fieldBinding(native, SEARCH_KEYS);
            if (key !== null) {
              if (searchKeys[key.id as SearchKey](native, key.chord)) event.preventDefault();
              return;
            }
            // Escape from the search goes back to the script, not only out of the box.
            if (event.key !== 'Escape' || isImeKey(native)) return;
            event.preventDefault();
            show('script', { focus: true });
          }}
        />
        <p id={`${id}-hint`} className="muted objections__hint">
          {full ? t('objections.searchHint') : t('objections.loadingPinyin')}
        </p>
      </div>
      {opened && opened.id !== pinned?.id && (
        <ObjectionCard
          ref={cardRef}
          objection={opened}
          pack={pack}
          call={call}
          vars={vars}
          pinned={false}
          onCopy={() => void copy(opened)}
          onPlan={() => plan(opened)}
          onFlag={() => flag(opened)}
        />
      )}
      <p role="status" className="notice">
        {notice}
        {writeError && ` ${t('objections.writeFailed', { reason: l(writeError) })}`}
      </p>
      <h2 className="objections__heading" id={`${id}-heading`}>
        {trimmed === ''
          ? phase
            ? t('objections.likelyAt', { phase: t(`guard.phase.${phase}`) })
            : t('objections.likely')
          : t('objections.results')}
      </h2>
      {trimmed !== '' && results.every((r) => r.source !== 'match') && (
        <p className="empty">{t('objections.noResults', { query: trimmed })}</p>
      )}
      <div id={listId} role="listbox" aria-labelledby={`${id}-heading`} className="results">
        {results.map((result, index) => (
          <ResultRow
            key={result.objection.id}
            id={`${listId}-${index}`}
            index={index}
            result={result}
            query={trimmed}
            active={index === activeIndex}
            browsing={browsing}
            onOpen={() => open(result.objection)}
          />
        ))}
      </div>
    </div>
  );
}

function ResultRow({
  id,
  index,
  result,
  query,
  active,
  browsing,
  onOpen,
}: {
  id: string;
  index: number;
  result: ListedResult;
  query: string;
  active: boolean;
  browsing: boolean;
  onOpen: () => void;
}) {
  const { t } = useI18n();
  const { objection, match } = result;
  const crisis = isCrisis(objection);
  return (
    // The search box keeps the focus (aria-activedescendant); a click opens the card too.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keys for its options
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={`result${active ? ' result--active' : ''}${crisis ? ' result--crisis' : ''}`}
      data-objection-id={objection.id}
      onClick={onOpen}
    >
      {/* The key that opens this row now: its number once ↑/↓ moved into the list, else Enter
          on the active row; hidden, not removed, on the others, so the titles stay aligned. */}
      <kbd className={browsing || active ? undefined : 'result__key--idle'}>
        {browsing || !active ? index + 1 : '⏎'}
      </kbd>
      <span className="result__title">{objection.title}</span>
      {crisis && <span className="badge badge--crisis">{t('objections.crisis')}</span>}
      {/* Not a match for the query (issue 11 §1): say what it is instead. */}
      {query !== '' && result.source !== 'match' && (
        <span className="badge badge--fallback" data-testid="fallback">
          {t(`objections.source.${result.source}`)}
        </span>
      )}
      {match && result.source !== 'likely' && (
        <span className="result__match" data-testid="match">
          <span className="result__how">
            {t('objections.matched', {
              field: t(`objections.field.${match.field}`),
              kind: t(`objections.kind.${match.kind}`),
            })}
          </span>{' '}
          <span className="result__text">
            {query} → {match.text}
          </span>
        </span>
      )}
    </div>
  );
}
