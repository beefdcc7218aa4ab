import { useEffect, useMemo, useRef, useState } from 'react';
import { isCrisisCall, ScriptStopped } from '@/components/objections/crisis';
import { stopNotice } from '@/components/plan/stop-notice';
import { AgentPrompt, useAgent } from '@/components/shell/agent';
import { useWrites } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { useKeys } from '@/components/shell/key-dispatch';
import { KEY_BINDINGS } from '@/components/shell/keys';
import { useSectionRequest } from '@/components/shell/navigation';
import type { SectionProps } from '@/components/shell/section';
import { collectionStop } from '@/lib/compliance/collection-stop';
import { disclosesDebt } from '@/lib/compliance/evaluate';
import type { CallRecord } from '@/lib/db';
import type { LocalizedText } from '@/lib/i18n/text';
import { factsOf } from '@/lib/pack/condition';
import type { Line, Script } from '@/lib/pack/schema';
import {
  type FlowAction,
  type FlowState,
  flowStep,
  nextStageId,
  stageOf,
  startFlow,
  visibleLines,
} from '@/lib/script/flow';
import { render } from '@/lib/script/render';
import { selectSegment } from '@/lib/script/select';
import { unsay } from '@/lib/script/unsay';
import { AgreedTerms } from './AgreedTerms';
import { ScriptLine } from './ScriptLine';

// Answer letters come from the key registry, which keeps them clear of every other script key.
const ANSWER_KEYS = (KEY_BINDINGS.find((b) => b.id === 'script.answer')?.keys ?? []).join('');

/** The flow a call in progress had reached, so reopening the panel resumes where the agent was. */
function resumeFlow(script: Script, call: CallRecord | null): FlowState {
  const start = startFlow(script);
  const path = (call?.stages ?? []).map((s) => s.stageId).filter((id) => stageOf(script, id));
  const stageId = path[path.length - 1];
  if (!stageId) return start;
  return {
    stageId,
    path,
    thirdParty: call?.thirdParty !== undefined && stageOf(script, stageId)?.phase === 'thirdParty',
    answers: {},
  };
}

/** The live script: this account's segment, one stage at a time, filled from the CRM. */
export function ScriptSection({ pack, context, call }: SectionProps) {
  const { t, l } = useI18n();
  const writes = useWrites();
  const agent = useAgent(context);
  const [override, setOverride] = useState<string | undefined>(call?.segmentOverride?.to);
  const selection = useMemo(() => selectSegment(pack, context, override), [pack, context, override]);
  const script = selection?.script;
  const facts = useMemo(() => factsOf(context), [context]);
  const [flow, setFlow] = useState<FlowState | null>(null);
  const [cursor, setCursor] = useState(0);
  const [notice, setNotice] = useState<string>('');
  const [writeError, setWriteError] = useState<LocalizedText | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const sectionRef = useRef<HTMLDivElement>(null);

  // (Re)start the flow when the script changes; resume a call in progress.
  const scriptId = script?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new script restarts the flow
  useEffect(() => {
    if (script) setFlow(resumeFlow(script, call));
    setCursor(0);
  }, [scriptId]);

  const stage = script && flow ? stageOf(script, flow.stageId) : undefined;
  const thirdPartyRule = pack.rules.find((r) => r.type === 'thirdParty');
  const lines: Line[] = useMemo(() => {
    if (!stage) return [];
    const visible = visibleLines(stage, facts);
    // In third-party mode nothing that discloses the debt is shown, whatever the stage says.
    if (!flow?.thirdParty || !thirdPartyRule) return visible;
    return visible.filter((line) => disclosesDebt(line.text, thirdPartyRule).length === 0);
  }, [stage, facts, flow?.thirdParty, thirdPartyRule]);
  // A collection stop (lib/compliance/collection-stop.ts) takes no promise: the commit stage reads
  // no agreed terms, and its read-back lines are not filled with a promise taken before the stop.
  const stop = collectionStop(pack, context, call?.flags.map((f) => f.flag) ?? []);
  const vars = { context, pack, agent, agreed: stop ? null : call };

  const write = async (mutate: (c: CallRecord) => void) => {
    if (!call) return;
    const result = await writes.updateCall(call.id, (c) => {
      mutate(c);
      return c;
    });
    setWriteError(result.ok ? null : result.message);
  };

  const move = (action: FlowAction) => {
    if (!script || !flow) return;
    const next = flowStep(script, facts, flow, action);
    if (next === flow) return;
    setFlow(next);
    if (next.stageId !== flow.stageId) setCursor(0);
    const at = Date.now();
    void write((c) => {
      if (next.stageId !== flow.stageId) c.stages.push({ stageId: next.stageId, at });
      if (next.thirdParty && !c.thirdParty) c.thirdParty = { at };
    });
  };

  /** `tick`: false when an answer shows the item was not met (someone else answered). */
  const said = (line: Line, tick = true) => {
    if (!call) {
      setNotice(t('call.startFirst'));
      return;
    }
    if (call.linesSaid.some((s) => s.lineId === line.id)) return;
    const at = Date.now();
    void write((c) => {
      c.linesSaid.push({ lineId: line.id, stageId: stage?.id ?? '', at });
      if (c.stages.length === 0 && stage) c.stages.push({ stageId: stage.id, at });
      if (tick) for (const item of line.ticks ?? []) c.checklist[item] ??= { at, by: 'line' };
    });
  };

  // Taken back (the button again, or `U`): a mis-pressed Space must not stay on the record.
  const unsaid = (line: Line) => {
    if (!call || !script || !call.linesSaid.some((s) => s.lineId === line.id)) return false;
    void write((c) => {
      const next = unsay(c, line, script);
      c.linesSaid = next.linesSaid;
      c.checklist = next.checklist;
    });
  };

  // Answering a question is saying it: the line counts as said and ticks its checklist item
  // (review 2026-11-live-call #3), unless the answer puts the call in third-party mode: "not the
  // customer" or a failed check never verifies identity.
  const answer = (line: Line, answerId: string) => {
    said(line, !line.answers?.find((a) => a.id === answerId)?.thirdParty);
    move({ type: 'answer', lineId: line.id, answerId });
  };

  const copy = async (line: Line) => {
    try {
      await navigator.clipboard.writeText(render(line.text, vars).text);
      setNotice(t('script.copied'));
    } catch {
      setNotice(t('script.copyFailed'));
    }
  };

  const switchSegment = (segmentId: string) => {
    const from = selection?.segment.id ?? '';
    setOverride(segmentId);
    const at = Date.now();
    void write((c) => {
      c.segmentOverride = { from: c.segmentOverride?.from ?? from, to: segmentId, at };
      c.segmentId = segmentId;
    });
  };

  // The script's keys (registry scope `script`): the dispatcher sends them only while the script
  // is on screen and no field has focus.
  const current = lines[cursor];
  const live = !isCrisisCall(call);
  useKeys({
    'script.down': () => live && setCursor((c) => Math.min(c + 1, lines.length - 1)),
    'script.up': () => live && setCursor((c) => Math.max(c - 1, 0)),
    // Space/Enter mark the current line whatever had focus (a tab, the section, the line), except
    // a control such as a button, which keeps its own Enter/Space.
    'script.said': (event) => {
      if (!live || !current) return false;
      const target = event.target;
      const control = target instanceof HTMLElement && target.closest('button, a, select, summary, input');
      if (control && control.getAttribute('role') !== 'tab') return false;
      said(current);
    },
    'script.unsay': () => live && current !== undefined && unsaid(current),
    'script.next': () => live && move({ type: 'next' }),
    'script.back': () => live && move({ type: 'back' }),
    'script.copy': () => live && current && void copy(current),
    'script.answer': (_event, chord) => {
      // Answer keys go to the current question, else to the stage's first unanswered one.
      const question = current?.answers ? current : lines.find((l) => l.answers && !flow?.answers[l.id]);
      const picked = question?.answers?.[ANSWER_KEYS.indexOf(chord)];
      if (!live || !question || !picked) return false;
      answer(question, picked.id);
    },
  });

  // `2` opens the script at the current line, so Space marks it at once.
  useSectionRequest('script', (request) => {
    if (!request.focus) return;
    const li = listRef.current?.children[cursor];
    if (li instanceof HTMLElement) li.focus();
  });

  // The current line stays in view, and the focus follows it when the agent was on a line or the
  // focus fell to the page: `j`/`k` left the focus ring (and a screen reader) on the line before,
  // and an answer that opens another stage unmounted the focused line, dropping the focus to the
  // page (live-call walk 12). A field or a control the agent is in keeps its focus.
  // Not when the script first shows: opening the panel moves no focus.
  const stageId = stage?.id;
  const shownStage = useRef<string | undefined>(undefined);
  useEffect(() => {
    const list = listRef.current;
    const current = list?.children[cursor];
    const stageChanged = shownStage.current !== undefined && shownStage.current !== stageId;
    shownStage.current = stageId;
    if (!list || !(current instanceof HTMLElement)) return;
    current.scrollIntoView?.({ block: 'nearest' });
    const focused = document.activeElement;
    const onLine = focused instanceof HTMLElement && focused.parentElement === list;
    const lost = focused === null || focused === document.body;
    if ((onLine || (lost && stageChanged)) && focused !== current && !list.closest('[hidden]'))
      current.focus();
  }, [cursor, stageId]);

  if (!context) return <p className="empty">{t('empty.script')}</p>;
  // A crisis objection flagged the call (issue 4 §4): collection stops, the script with it.
  if (isCrisisCall(call)) return <ScriptStopped />;
  if (!selection || !script || !flow) {
    return (
      <div ref={sectionRef}>
        <p className="empty" role="alert">
          {t('script.noSegment')}
        </p>
        <SegmentPicker pack={pack} value="" onChange={switchSegment} />
      </div>
    );
  }
  const next = nextStageId(script, flow.stageId, facts);
  const saidAt = new Map((call?.linesSaid ?? []).map((s) => [s.lineId, s.at]));

  return (
    <div className="script" ref={sectionRef}>
      <AgentPrompt context={context} />
      <div className="script__segment">
        <span>
          {t('script.segment')}
          <strong data-testid="segment-name">{selection.segment.name}</strong>{' '}
          <span className="muted">
            {selection.byHand
              ? t('script.segmentByHand')
              : t('script.segmentWhy', { reason: selection.reason })}
          </span>
        </span>
        <SegmentPicker pack={pack} value={selection.segment.id} onChange={switchSegment} />
      </div>
      {flow.thirdParty && (
        <p className="third-party" role="alert" data-testid="third-party-mode">
          {t('script.thirdParty')}
        </p>
      )}
      <nav aria-label={t('script.stages')} className="stages">
        {script.stages
          .filter(
            (s) =>
              (flow.thirdParty ? s.phase === 'thirdParty' : s.phase !== 'thirdParty') ||
              s.id === flow.stageId,
          )
          .map((s) => (
            <button
              key={s.id}
              type="button"
              aria-current={s.id === flow.stageId ? 'step' : undefined}
              className={flow.path.includes(s.id) ? 'visited' : ''}
              onClick={() => move({ type: 'goto', stageId: s.id })}
            >
              {s.title}
            </button>
          ))}
      </nav>
      <h2 className="stage-title">{stage?.title}</h2>
      {stage?.phase === 'commit' &&
        (stop ? (
          <p className="plan-error" role="alert" data-testid="script-stopped">
            {stopNotice(stop, t)}
          </p>
        ) : (
          <AgreedTerms call={call} currency={pack.currency} locale={pack.locale} />
        ))}
      <ol className="lines" ref={listRef} aria-label={stage?.title}>
        {lines.map((line, index) => (
          <ScriptLine
            key={line.id}
            line={line}
            rendered={render(line.text, vars)}
            current={index === cursor}
            saidAt={saidAt.get(line.id)}
            answered={flow.answers[line.id]}
            answerKeys={ANSWER_KEYS}
            onFocus={() => setCursor(index)}
            onSaid={() => (saidAt.has(line.id) ? unsaid(line) : said(line))}
            onCopy={() => void copy(line)}
            onAnswer={(answerId) => answer(line, answerId)}
          />
        ))}
      </ol>
      <div className="script__nav">
        <button
          type="button"
          onClick={() => move({ type: 'back' })}
          disabled={flow.path.length < 2}
          aria-keyshortcuts="p"
        >
          ← {t('script.back')} <kbd>P</kbd>
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => move({ type: 'next' })}
          disabled={!next}
          aria-keyshortcuts="n"
        >
          {next ? `${t('script.next')}: ${stageOf(script, next)?.title ?? ''}` : t('script.end')} <kbd>N</kbd>
        </button>
      </div>
      <p role="status" className="notice">
        {notice}
        {writeError && ` ${l(writeError)}`}
      </p>
    </div>
  );
}

function SegmentPicker({
  pack,
  value,
  onChange,
}: {
  pack: SectionProps['pack'];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <select aria-label={t('script.switchSegment')} value={value} onChange={(e) => onChange(e.target.value)}>
      {value === '' && <option value="">—</option>}
      {pack.segments.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
