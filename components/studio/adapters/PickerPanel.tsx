import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { CRM_FIELD_NAMES } from '@/lib/crm/fields';
import { matchesPattern } from '@/lib/crm/match';
import type { Reply } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { formatPath } from '@/lib/pack/errors';
import { type Adapter, adapterSchema, FIELD_PARSERS, type FieldParser } from '@/lib/pack/schema';
import {
  adaptersOf,
  type FoundBy,
  fieldPath,
  firstUnset,
  proposedWay,
  specFromPick,
} from '@/lib/studio/adapters';
import { asList, asText, child, setAt } from '@/lib/studio/edit';
import { guessField, guessParse } from '@/lib/studio/picker-guess';
import type { Picked } from '@/lib/studio/picker-label';
import { adapterResults, type FieldResult, fieldResult, probeAdapter } from '@/lib/studio/picker-probe';
import type { EditorProps } from '../editors';
import { Choice } from '../fields';
import { useFieldTitle } from './FieldRow';
import { FieldResultText, TestResults } from './TestResults';

interface Props {
  text: string;
  draft: unknown;
  adapter: number;
  onEdit: EditorProps['onEdit'];
}

type Tab = Reply<'studio/crm-tabs'>['tabs'][number];
interface Proposal {
  picked: Picked;
  field: string;
  way: FoundBy;
  parse: FieldParser;
}

const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The field picker (issue 17 item 6): choose a granted CRM tab, pick a value there, check the
 * proposal read by the real extractor, add it; "test adapter" reads every field of that tab.
 */
export function PickerPanel({ text, draft, adapter, onEdit }: Props) {
  const { t } = useI18n();
  const fieldTitle = useFieldTitle();
  const [tabs, setTabs] = useState<Tab[] | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [picking, setPicking] = useState(false);
  const [note, setNote] = useState('');
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [live, setLive] = useState<FieldResult | null>(null);
  const [tested, setTested] = useState<{
    adapter: Adapter;
    results: ReturnType<typeof adapterResults>;
  } | null>(null);

  const lookForTabs = useCallback(async () => {
    try {
      const found = (await send('studio/crm-tabs', {})).tabs;
      setTabs(found);
      setTabId((current) =>
        found.some((tab) => tab.tabId === current) ? current : (found[0]?.tabId ?? null),
      );
    } catch (error) {
      setTabs([]);
      setNote(t('studio.adapters.failed', { message: problemText(error) }));
    }
  }, [t]);
  useEffect(() => void lookForTabs(), [lookForTabs]);

  const spec = proposal ? specFromPick(proposal.picked, proposal.way, proposal.parse) : null;
  // The proposal as the real extractor reads it on the page, again whenever the lead changes it.
  useEffect(() => {
    setLive(null);
    const wanted = proposal && specFromPick(proposal.picked, proposal.way, proposal.parse);
    if (!proposal || !wanted || tabId === null) return;
    let current = true;
    send('studio/read', { tabId, adapter: probeAdapter({ [proposal.field]: wanted }) })
      .then(({ report }) => current && setLive(fieldResult(report, proposal.field)))
      .catch((error) => current && setNote(t('studio.adapters.failed', { message: problemText(error) })));
    return () => {
      current = false;
    };
  }, [proposal, tabId, t]);

  // Leaving the tab (or the Studio) mid-pick takes the outline off the CRM page too.
  const pickingOn = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (pickingOn.current !== null)
        void send('studio/pick-cancel', { tabId: pickingOn.current }).catch(() => undefined);
    },
    [],
  );

  const pick = async () => {
    if (tabId === null) return;
    pickingOn.current = tabId;
    setPicking(true);
    setNote('');
    setProposal(null);
    try {
      const { picked } = await send('studio/pick', { tabId, hint: t('studio.adapters.pageHint') });
      const way = picked ? proposedWay(picked) : null;
      if (!picked || !way) return setNote(t('studio.adapters.cancelled'));
      const field = guessField(picked.label) ?? firstUnset(adaptersOf(draft)[adapter]);
      setProposal({ picked, field, way, parse: guessParse(picked.text, field) });
    } catch (error) {
      setNote(t('studio.adapters.failed', { message: problemText(error) }));
    } finally {
      pickingOn.current = null;
      setPicking(false);
    }
  };

  const test = async () => {
    if (tabId === null) return;
    setTested(null);
    const parsed = adapterSchema.safeParse(adaptersOf(draft)[adapter]);
    if (!parsed.success) {
      const path = ['crm', 'adapters', adapter, ...(parsed.error.issues[0]?.path ?? [])];
      return setNote(t('studio.adapters.incomplete', { path: formatPath(path) }));
    }
    setNote('');
    try {
      const { report } = await send('studio/read', { tabId, adapter: parsed.data });
      setTested({ adapter: parsed.data, results: adapterResults(report, parsed.data) });
    } catch (error) {
      setNote(t('studio.adapters.failed', { message: problemText(error) }));
    }
  };

  const currency = asText(child(draft, 'currency')) || 'CNY';
  const tab = tabs?.find((found) => found.tabId === tabId);
  const patterns = asList(child(adaptersOf(draft)[adapter], 'match')).filter(
    (p): p is string => typeof p === 'string',
  );
  // The same matcher the background uses to choose an adapter for a page (lib/crm/match.ts).
  const tabMatched = !tab || patterns.some((pattern) => matchesPattern(pattern, tab.url));
  const update = (change: Partial<Proposal>) => proposal && setProposal({ ...proposal, ...change });
  return (
    <section aria-labelledby="studio-picker" className="studio-picker">
      <h3 id="studio-picker">{t('studio.adapters.picker')}</h3>
      {tabs && tabs.length === 0 ? <p>{t('studio.adapters.noTabs')}</p> : null}
      {tabs && tabs.length > 0 ? (
        <Choice
          label={t('studio.adapters.crmTab')}
          value={String(tabId ?? '')}
          options={tabs.map((tab) => ({
            value: String(tab.tabId),
            label: tab.title ? `${tab.title} · ${tab.url}` : tab.url,
          }))}
          onChange={(v) => setTabId(Number(v))}
        />
      ) : null}
      {tabMatched ? null : (
        <p className="studio-problem">{t('studio.adapters.tabNotMatched', { url: tab.url })}</p>
      )}
      <div className="studio-row">
        <button type="button" onClick={() => void lookForTabs()}>
          {t('studio.adapters.refresh')}
        </button>
        <button type="button" disabled={tabId === null || picking} onClick={() => void pick()}>
          {t('studio.adapters.pick')}
        </button>
        {picking && tabId !== null ? (
          <button
            type="button"
            onClick={() => void send('studio/pick-cancel', { tabId }).catch(() => undefined)}
          >
            {t('studio.adapters.cancelPick')}
          </button>
        ) : null}
        <button type="button" disabled={tabId === null} onClick={() => void test()}>
          {t('studio.adapters.test')}
        </button>
      </div>
      <p role="status">{picking ? t('studio.adapters.picking') : note}</p>
      {proposal && spec ? (
        <fieldset className="studio-proposal">
          <legend>{t('studio.adapters.proposal')}</legend>
          <p>{t('studio.adapters.shown', { text: proposal.picked.text })}</p>
          <p>
            {proposal.picked.label === null
              ? t('studio.adapters.noLabel')
              : proposal.picked.labelWorks
                ? t('studio.adapters.pageLabel', { label: proposal.picked.label })
                : t('studio.adapters.labelUnusable', { label: proposal.picked.label })}
          </p>
          <Choice
            label={t('studio.adapters.field')}
            value={proposal.field}
            options={CRM_FIELD_NAMES.map((name) => ({ value: name, label: fieldTitle(name) }))}
            onChange={(field) => update({ field, parse: guessParse(proposal.picked.text, field) })}
          />
          <Choice
            label={t('studio.adapters.foundBy')}
            value={proposal.way}
            options={[
              ...(proposal.picked.labelWorks && proposal.picked.label
                ? [{ value: 'label', label: t('studio.adapters.byLabel', { label: proposal.picked.label }) }]
                : []),
              ...(proposal.picked.selector
                ? [
                    {
                      value: 'selector',
                      label: t('studio.adapters.bySelector', { selector: proposal.picked.selector }),
                    },
                  ]
                : []),
            ]}
            onChange={(way) => update({ way: way as FoundBy })}
          />
          <Choice
            label={t('studio.adapters.parse')}
            value={proposal.parse}
            options={FIELD_PARSERS.map((p) => ({
              value: p,
              label: t(`studio.adapters.parse.${p}`),
            }))}
            onChange={(parse) => update({ parse: parse as FieldParser })}
          />
          <p>
            {t('studio.adapters.readBy')}{' '}
            {live ? <FieldResultText result={live} parse={proposal.parse} currency={currency} /> : '…'}
          </p>
          <button
            type="button"
            onClick={() => {
              onEdit(setAt(text, fieldPath(adapter, proposal.field), spec));
              setNote(t('studio.adapters.added', { field: fieldTitle(proposal.field) }));
              setProposal(null);
            }}
          >
            {t('studio.adapters.addPicked')}
          </button>
        </fieldset>
      ) : null}
      {tested ? <TestResults {...tested} currency={currency} /> : null}
    </section>
  );
}
