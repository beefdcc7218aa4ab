// @vitest-environment jsdom
/** Issue 15 §3: the commit stage's must-say read-back is filled from the call's agreed plan and promise. */
import { render, screen, within } from '@testing-library/react';
import { ScriptSection } from '@/components/script/ScriptSection';
import { DbProvider } from '@/components/shell/db';
import { I18nProvider } from '@/components/shell/i18n';
import { SettingsProvider } from '@/components/shell/settings-context';
import { CallAssistDB, type CallRecord, startCall, updateCall } from '@/lib/db';
import { defaultSettings } from '@/lib/settings';
import { account, defaultPack } from './render-panel';

const active = defaultPack();
if (!active.ok) throw new Error('default pack');
const pack = active.pack;

let count = 0;
async function setup(agreed: boolean) {
  const db = new CallAssistDB(`script-agreed-test-${++count}`);
  const context = account('CC20240002', '王芳', 321000, 12);
  const started = await startCall(db, {
    accountKey: context.accountKey,
    adapterId: 'demo-crm',
    packId: pack.id,
    packVersion: pack.version,
    segmentId: 'seg-early',
  });
  if (!started.ok) throw new Error(started.message.en);
  // The call in progress had reached the commit stage: the section resumes there.
  const updated = await updateCall(db, started.call.id, (c) => {
    c.stages.push({ stageId: 'e-commit', at: c.startedAt });
    if (agreed) {
      c.plan = {
        type: 'instalment',
        summary: '账单分期 6期，¥550.00×6',
        schedule: [{ date: '2026-12-15', amount: 55_000 }],
      };
      c.promise = { amount: 55_000, date: '2026-12-15' };
    }
    return c;
  });
  if (!updated.ok) throw new Error(updated.message.en);
  const settings = { ...defaultSettings(), locale: 'zh-CN' as const, agentName: '王芳', agentId: 'A1024' };
  const ui = (call: CallRecord) => (
    <SettingsProvider settings={settings}>
      <I18nProvider locale="zh-CN">
        <DbProvider db={db}>
          <ScriptSection pack={pack} context={context} call={call} />
        </DbProvider>
      </I18nProvider>
    </SettingsProvider>
  );
  const result = render(ui(updated.call));
  return { ...result, call: updated.call, rerenderWith: (call: CallRecord) => result.rerender(ui(call)) };
}

const readBack = () => {
  const line = document.querySelector('[data-line-id="e-commit-readback"]');
  if (!(line instanceof HTMLElement)) throw new Error('no commit read-back line');
  return line;
};

describe('the commit stage read-back', () => {
  it('says the agreed amount and date once a plan is agreed', async () => {
    await setup(true);
    expect(await screen.findByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(readBack()).toHaveTextContent('您会在2026年12月15日前，通过官方渠道还款¥550.00。是这样吗？');
    expect(readBack().querySelector('.var--missing')).toBeNull();
    expect(readBack()).not.toHaveTextContent('××');
  });

  it('shows the amount and date as missing before a plan is agreed, and fills them when it is', async () => {
    const { call, rerenderWith } = await setup(false);
    expect(await screen.findByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(within(readBack()).getByText('{{promise.amount}}')).toHaveClass('var--missing');
    expect(within(readBack()).getByText('{{promise.date}}')).toHaveClass('var--missing');
    rerenderWith({ ...call, promise: { amount: 120_000, date: '2027-01-05' } });
    expect(readBack()).toHaveTextContent('您会在2027年1月5日前，通过官方渠道还款¥1,200.00');
    expect(readBack().querySelector('.var--missing')).toBeNull();
  });
});
