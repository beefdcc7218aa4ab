import { fireEvent, render, waitFor } from '@testing-library/react';
import { DbProvider } from '@/components/shell/db';
import { I18nProvider } from '@/components/shell/i18n';
import { PanelView } from '@/components/shell/PanelView';
import type { ReportState } from '@/components/shell/panel-data';
import { SettingsProvider } from '@/components/shell/settings-context';
import type { AccountContext, FieldReading } from '@/lib/crm/context';
import { CallAssistDB } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import type { ActivePack } from '@/lib/pack/store';
import { defaultSettings } from '@/lib/settings';
import { unsavedSession } from '@/lib/unsaved/session';

export function defaultPack(): ActivePack {
  const parsed = parsePack(zhPack);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return { ok: true, pack: parsed.pack, source: 'bundled' };
}

const reading = (
  value: FieldReading['value'],
  parse: FieldReading['parse'],
  label: string,
): FieldReading => ({
  raw: String(value),
  value,
  parse,
  source: { label },
});

export function account(
  key: string,
  name: string,
  overdue: number,
  dpd: number,
  extra: Partial<AccountContext> = {},
): AccountContext {
  return {
    adapterId: 'demo-crm',
    accountKey: key,
    fields: {
      name: { raw: name, value: name, parse: 'text', source: { selector: '#customer-name' } },
      overdueAmount: reading(overdue, 'money', '逾期金额'),
      dpd: reading(dpd, 'int', '逾期天数'),
    },
    problems: [],
    url: `http://127.0.0.1/accounts/${key}`,
    readAt: Date.UTC(2026, 10, 28, 3, 0),
    ...extra,
  };
}

export const ready = (context: AccountContext): ReportState => ({
  status: 'ready',
  report: { kind: 'account', context },
});

/**
 * Resolves once no part of `container` says it is still reading (`aria-busy`), so a test asserts on the settled
 * panel and no storage read lands outside act() afterwards (code review 2026-11 §9).
 */
export async function settled(container: HTMLElement): Promise<void> {
  await waitFor(() => {
    if (container.querySelector('[aria-busy="true"]')) throw new Error('the panel is still reading');
  });
}

let dbCount = 0;
export async function renderPanel(
  report: ReportState,
  options: {
    pack?: ActivePack;
    locale?: Locale;
    agent?: { name: string; id: string };
    /** The database of an earlier render: the side panel closed and opened again. */
    db?: CallAssistDB;
  } = {},
) {
  const db = options.db ?? new CallAssistDB(`panel-test-${++dbCount}`);
  // This panel's half-done inputs, returned so a test can wait on its queue (panel-reopen.test.tsx).
  const unsaved = unsavedSession();
  const pack = options.pack ?? defaultPack();
  const settings = {
    ...defaultSettings(),
    locale: options.locale ?? 'zh-CN',
    agentName: options.agent?.name ?? '王芳',
    agentId: options.agent?.id ?? 'A1024',
  };
  const ui = (r: ReportState) => (
    <SettingsProvider settings={settings}>
      <I18nProvider locale={settings.locale}>
        <DbProvider db={db} unsaved={unsaved}>
          <PanelView pack={pack} report={r} followedTab={1} />
        </DbProvider>
      </I18nProvider>
    </SettingsProvider>
  );
  const result = render(ui(report));
  await settled(result.container);
  return {
    ...result,
    db,
    unsaved,
    rerenderWith: async (r: ReportState) => {
      result.rerender(ui(r));
      await settled(result.container);
    },
  };
}

/** Alt+letter pressed on the page: the panel's call keys (Alt+S start, Alt+E end, Alt+C reached). */
export const altChord = (letter: string) =>
  fireEvent.keyDown(document.body, { key: letter, code: `Key${letter.toUpperCase()}`, altKey: true });

/**
 * Fixes the clock at a Monday 10:00 in Shanghai, inside the call window, for every test of the
 * calling file or block: starting a call must not depend on when the suite runs (CI may run at
 * night, when the Guard's call-window rule wants a supervisor).
 */
export function duringCallHours(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-15T10:00:00+08:00'));
  });
  afterEach(() => vi.useRealTimers());
}
