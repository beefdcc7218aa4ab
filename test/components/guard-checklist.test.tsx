// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { GuardSection } from '@/components/guard/GuardSection';
import { DbProvider } from '@/components/shell/db';
import { I18nProvider } from '@/components/shell/i18n';
import { SettingsProvider } from '@/components/shell/settings-context';
import type { AccountContext } from '@/lib/crm/context';
import { CallAssistDB, type CallRecord, currentCall, startCall, updateCall } from '@/lib/db';
import { clockTime } from '@/lib/i18n/clock';
import type { Pack } from '@/lib/pack/schema';
import { defaultSettings } from '@/lib/settings';
import { account, defaultPack } from './render-panel';

const NOW = Date.parse('2026-06-15T14:00:00+08:00');
let dbCount = 0;

function zhPack(): Pack {
  const active = defaultPack();
  if (!active.ok) throw new Error('pack');
  return active.pack;
}

/** The section as the shell mounts it: the call read live from the database. */
function Section({ db, pack, context }: { db: CallAssistDB; pack: Pack; context: AccountContext | null }) {
  const call = useLiveQuery(
    async () => (context ? ((await currentCall(db, context.accountKey)) ?? null) : null),
    [db, context],
  );
  if (call === undefined) return null;
  return <GuardSection pack={pack} context={context} call={call} />;
}

function renderSection(context: AccountContext | null = account('CC20240002', '王芳', 321000, 12)) {
  const db = new CallAssistDB(`guard-checklist-${++dbCount}`);
  const pack = zhPack();
  render(
    <SettingsProvider settings={{ ...defaultSettings(), locale: 'zh-CN' }}>
      <I18nProvider locale="zh-CN">
        <DbProvider db={db}>
          <Section db={db} pack={pack} context={context} />
        </DbProvider>
      </I18nProvider>
    </SettingsProvider>,
  );
  return { db, pack };
}

async function start(db: CallAssistDB): Promise<CallRecord> {
  let call: CallRecord | undefined;
  await act(async () => {
    const result = await startCall(db, {
      accountKey: 'CC20240002',
      adapterId: 'demo-crm',
      packId: 'default-zh-CN',
      packVersion: 1,
      segmentId: 'seg-early',
    });
    if (!result.ok) throw new Error('start');
    call = result.call;
  });
  return call as CallRecord;
}

const item = (id: string) => document.querySelector(`[data-item-id="${id}"]`) as HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the checklist', () => {
  it('lists the pack’s items by phase, required ones marked, disabled until a call starts', async () => {
    renderSection();
    const identify = await screen.findByRole('group', { name: '核实身份' });
    const boxes = within(identify).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual([
      '告知本次通话录音必做',
      '核实本人身份（身份证后四位）必做',
    ]);
    for (const box of boxes) expect(box).toBeDisabled();
    expect(screen.getByText('先开始通话（Alt+S）再勾选清单。')).toBeInTheDocument();
    const negotiate = screen.getByRole('group', { name: '协商还款' });
    expect(
      within(negotiate)
        .getByRole('checkbox', { name: /分期时说明每期金额/ })
        .closest('label'),
    ).not.toHaveTextContent('必做');
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      '核实身份',
      '第三方接听',
      '告知',
      '了解情况',
      '协商还款',
      '承诺还款',
      '进一步措施',
      '结束通话',
    ]);
  });

  it('a tick by hand (keyboard) writes its time on the call and shows it', async () => {
    const user = userEvent.setup();
    const { db } = renderSection();
    const call = await start(db);
    const box = await screen.findByRole('checkbox', { name: /告知本次通话录音/ });
    await waitFor(() => expect(box).toBeEnabled());
    box.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(box).toBeChecked());
    const stored = await db.calls.get(call.id);
    expect(stored?.checklist['recording-notice']).toEqual({ at: NOW, by: 'hand' });
    expect(item('recording-notice')).toHaveTextContent(`手动勾选 ${clockTime(NOW, 'zh-CN')}`);
    // Unticking by hand removes the tick.
    await user.keyboard(' ');
    await waitFor(() => expect(box).not.toBeChecked());
    expect((await db.calls.get(call.id))?.checklist['recording-notice']).toBeUndefined();
  });

  it('shows a tick made by a script line, with its time, and leaves it to the script', async () => {
    const { db } = renderSection();
    const call = await start(db);
    const at = NOW - 95_000;
    await act(async () => {
      await updateCall(db, call.id, (c) => {
        c.checklist['identity-verified'] = { at, by: 'line' };
        return c;
      });
    });
    const box = screen.getByRole('checkbox', { name: /核实本人身份/ });
    await waitFor(() => expect(box).toBeChecked());
    expect(box).toBeDisabled();
    expect(item('identity-verified')).toHaveTextContent(`话术勾选 ${clockTime(at, 'zh-CN')}`);
  });

  it('says which required items the wrap-up still needs for the stages reached', async () => {
    const user = userEvent.setup();
    const { db } = renderSection();
    const call = await start(db);
    await act(async () => {
      await updateCall(db, call.id, (c) => {
        c.stages.push({ stageId: 'e-identify', at: NOW }, { stageId: 'e-disclose', at: NOW });
        c.checklist['recording-notice'] = { at: NOW, by: 'line' };
        return c;
      });
    });
    const owed = await screen.findByTestId('checklist-owed');
    expect(owed).toHaveTextContent(
      '保存结果前还需完成 3 项必做：核实本人身份（身份证后四位）、报出银行名称、本人姓名和工号、说明来电目的',
    );
    expect(item('purpose-stated')).toHaveClass('checklist__item--owed');
    expect(item('amount-explained')).not.toHaveClass('checklist__item--owed');
    for (const name of [/核实本人身份/, /报出银行名称/, /说明来电目的/]) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    expect(await screen.findByText('已到阶段的必做项都已完成。')).toBeInTheDocument();
    expect(screen.queryByTestId('checklist-owed')).toBeNull();
  });

  it('lists the reasons given on the call', async () => {
    const { db } = renderSection();
    const call = await start(db);
    await act(async () => {
      await updateCall(db, call.id, (c) => {
        c.overrides.push({ kind: 'rule', ruleId: 'cn-stop-flags', reason: '客户主动来电', at: NOW });
        c.overrides.push({ kind: 'checklist', reason: '客户挂断', at: NOW });
        return c;
      });
    });
    const list = await screen.findByRole('region', { name: '本通话的例外说明' });
    expect(list).toHaveTextContent('账户有特殊标记时暂停或限制催收 客户主动来电');
    expect(list).toHaveTextContent('清单未完成仍保存结果 客户挂断');
  });

  it('without an account shows what the section is for, and still checks phrases', async () => {
    const user = userEvent.setup();
    renderSection(null);
    expect(await screen.findByText('打开客户页面后，这里显示合规检查与清单。')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /输入一句话/ }), '你就是老赖');
    expect(screen.getByRole('alert')).toHaveTextContent('老赖');
  });
});
