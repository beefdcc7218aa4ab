// @vitest-environment jsdom
/** The note box (drafts, masking, saving) and the wrap-up (dispositions, promises, the Guard's checklist) in the Notes section. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AUTOSAVE_MS } from '@/components/notes/use-draft';
import { localDate, updateCall } from '@/lib/db';
import { callFor, DAY, freshDb, noteBox, setup } from './notes-host';
import { account } from './render-panel';

// Luhn-valid (6225 8812 3456 7890 is not: its check digit would be 8).
const CARD = '6225 8812 3456 7898';

describe('the note box', () => {
  it('autosaves the draft after a pause and restores it when the account opens again', async () => {
    const first = await setup();
    await userEvent.type(noteBox(), '客户说下周五发工资');
    await waitFor(
      () => expect(screen.getByTestId('draft-status')).toHaveTextContent(/草稿已保存 \d\d:\d\d:\d\d/),
      {
        timeout: 3000,
      },
    );
    expect((await first.db.drafts.get('CC20240002'))?.text).toBe('客户说下周五发工资');
    first.unmount();

    await setup({ db: first.db });
    await waitFor(() => expect(noteBox()).toHaveValue('客户说下周五发工资'));
    expect(screen.getByTestId('draft-status')).toHaveTextContent('已恢复上次未保存的草稿');
  });

  it('writes the pending draft at once when the section unmounts (another account, panel closed)', async () => {
    const { db, unmount } = await setup();
    fireEvent.change(noteBox(), { target: { value: '刚打的字' } });
    unmount();
    // Well before the autosave delay: the unmount itself wrote it (a closed page runs no timers).
    await waitFor(async () => expect((await db.drafts.get('CC20240002'))?.text).toBe('刚打的字'), {
      timeout: AUTOSAVE_MS / 2,
    });
  });

  it('keeps one account’s draft away from another account', async () => {
    const { db, unmount } = await setup();
    fireEvent.change(noteBox(), { target: { value: '王芳的笔记' } });
    unmount();
    await waitFor(async () => expect(await db.drafts.get('CC20240002')).toBeDefined());
    await setup({ db, context: account('CC20240003', '李强', 500000, 40) });
    // Give the restore a chance to (wrongly) fill the box.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(noteBox()).toHaveValue('');
  });

  it('saves with Ctrl+Enter, linked to the call, and says what was masked', async () => {
    const db = freshDb();
    const call = await callFor(db);
    await setup({ db, call });
    await userEvent.type(noteBox(), `客户报了卡号 ${CARD} 要求核对`);
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByTestId('note-saved')).toHaveTextContent('已隐去 1 个卡号');
    expect(screen.getByTestId('note-saved')).toHaveTextContent('已关联本次通话');
    expect(noteBox()).toHaveValue('');
    // The history shows the masked text only.
    const history = await screen.findByTestId('history');
    await waitFor(() => expect(history).toHaveTextContent('6225 88** **** 7898'));
    expect(history).not.toHaveTextContent('6225 8812 3456 7898');
    const [note] = await db.notes.toArray();
    expect(note?.text).toBe('客户报了卡号 6225 88** **** 7898 要求核对');
    expect(note?.callId).toBe(call.id);
    expect(note?.masked).toEqual([{ kind: 'card', count: 1 }]);
    // The draft went with the save, and no late autosave brings it back.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    expect(await db.drafts.get('CC20240002')).toBeUndefined();
  });

  it('keeps the text in the box and shows why when the note cannot be written (quota)', async () => {
    const { db } = await setup();
    vi.spyOn(db.notes, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    fireEvent.change(noteBox(), { target: { value: '重要：客户同意分期' } });
    await userEvent.click(screen.getByRole('button', { name: /保存笔记/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('浏览器存储空间已满');
    expect(noteBox()).toHaveValue('重要：客户同意分期');
    expect(await db.notes.count()).toBe(0);
    // The draft still holds it, so closing the panel now loses nothing.
    await waitFor(async () => expect((await db.drafts.get('CC20240002'))?.text).toBe('重要：客户同意分期'));
  });

  it('shows a failed autosave and keeps the text (quota on the draft)', async () => {
    const { db } = await setup();
    vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await userEvent.type(noteBox(), '客户情绪稳定');
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('文字仍保留在输入框中');
    expect(noteBox()).toHaveValue('客户情绪稳定');
  });

  it('marks a forbidden phrase as it is typed, with the wording to use instead', async () => {
    await setup();
    fireEvent.change(noteBox(), { target: { value: '我跟他说再不还就让你坐牢' } });
    const hints = screen.getByTestId('phrase-hints');
    expect(within(hints).getByText('让你坐牢')).toBeInTheDocument();
    expect(hints).toHaveTextContent('按照合同约定');
  });
});

describe('the wrap-up', () => {
  const tomorrow = () => localDate(Date.now() + DAY);

  it('asks to start a call when there is none', async () => {
    await setup();
    expect(screen.getByText('开始通话后，在这里填写通话结果。')).toBeInTheDocument();
  });

  it('refuses a promise whose read-back was skipped, naming the item it owes', async () => {
    const db = freshDb();
    const call = await callFor(db);
    await setup({ db, call });
    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'PTP');
    await userEvent.type(screen.getByLabelText('金额（CNY）'), '100');
    fireEvent.change(screen.getByLabelText('承诺日期'), { target: { value: tomorrow() } });
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    expect(await screen.findByText(/复述承诺的金额和日期/)).toBeInTheDocument();
    expect((await db.calls.get(call.id))?.disposition).toBeUndefined();
  });

  it('shows the fields the disposition requires, with the problem beside each, and saves with the note', async () => {
    const db = freshDb();
    // A promise owes its read-back whichever stages were visited (issue 12 §9): it was read back.
    const call = await callFor(db, 'CC20240002', (c) => {
      c.checklist['ptp-readback'] = { at: Date.now(), by: 'hand' };
    });
    await setup({ db, call });
    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'PTP');
    expect(screen.queryByLabelText('回电时间')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    const amount = screen.getByLabelText('金额（CNY）');
    const date = screen.getByLabelText('承诺日期');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription('请填写金额（大于 0）。');
    expect(date).toHaveAccessibleDescription('承诺还款需要日期（今天或以后）。');
    expect(screen.getByRole('alert')).toHaveTextContent('请先修正标出的字段。');
    expect((await db.calls.get(call.id))?.disposition).toBeUndefined();

    await userEvent.type(amount, '1,234.5');
    fireEvent.change(date, { target: { value: tomorrow() } });
    fireEvent.change(noteBox(), { target: { value: '客户承诺明天还款，手机 13800138000' } });
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    expect(await screen.findByTestId('wrap-up-saved')).toHaveTextContent('通话结果已保存：PTP · 承诺还款');
    expect(screen.getByTestId('wrap-up-saved')).toHaveTextContent('已隐去 1 个电话号码');
    await waitFor(() =>
      expect(screen.getByTestId('history')).toHaveTextContent('客户承诺明天还款，手机 *******8000'),
    );
    const stored = await db.calls.get(call.id);
    expect(stored?.disposition?.id).toBe('PTP');
    expect(stored?.promise).toEqual({ amount: 123450, date: tomorrow() });
    const [note] = await db.notes.toArray();
    expect(note?.callId).toBe(call.id);
    expect(note?.text).toBe('客户承诺明天还款，手机 *******8000');
    expect(noteBox()).toHaveValue('');
  });

  it('needs a future callback time for CB and a reason for RTP', async () => {
    const db = freshDb();
    const call = await callFor(db);
    await setup({ db, call });
    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'CB');
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    expect(screen.getByLabelText('回电时间')).toHaveAccessibleDescription('预约回电需要一个将来的时间。');
    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'RTP');
    expect(screen.getByLabelText('原因')).toHaveAccessibleDescription('此结果需要填写原因。');
    await userEvent.type(screen.getByLabelText('原因'), '认为利息过高');
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    await waitFor(async () =>
      expect((await db.calls.get(call.id))?.disposition?.reason).toBe('认为利息过高'),
    );
  });

  it('fills amount and date from the promise the plan calculator set on the call', async () => {
    const db = freshDb();
    const date = tomorrow();
    const call = await callFor(db, 'CC20240002', (c) => {
      c.promise = { amount: 50_000, date };
    });
    await setup({ db, call });
    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'PTP');
    expect(screen.getByLabelText('金额（CNY）')).toHaveValue('500.00');
    expect(screen.getByLabelText('承诺日期')).toHaveValue(date);
    expect(screen.getByText('已按方案计算器的承诺填入金额和日期')).toBeInTheDocument();
  });

  it('refuses to save while required checklist items are unticked, and lists them', async () => {
    const db = freshDb();
    const call = await callFor(db, 'CC20240002', (c) => {
      c.stages.push({ stageId: 'e-identify', at: Date.now() }, { stageId: 'e-disclose', at: Date.now() });
      c.checklist['recording-notice'] = { at: Date.now(), by: 'line' };
    });
    await setup({ db, call });
    const blockers = await screen.findByTestId('wrap-up-blockers');
    expect(
      within(blockers)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-item')),
    ).toEqual(['identity-verified', 'agent-introduced', 'purpose-stated']);
    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'NA');
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    expect(screen.getByRole('alert')).toHaveTextContent('必做事项未勾选，不能保存结果');
    expect((await db.calls.get(call.id))?.disposition).toBeUndefined();

    // Ticking the items elsewhere (script lines, the Guard) lifts the refusal at once.
    await updateCall(db, call.id, (c) => {
      for (const id of ['identity-verified', 'agent-introduced', 'purpose-stated'])
        c.checklist[id] = { at: 1, by: 'hand' };
      return c;
    });
    await waitFor(() => expect(screen.queryByTestId('wrap-up-blockers')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    await waitFor(async () => expect((await db.calls.get(call.id))?.disposition?.id).toBe('NA'));
    expect((await db.calls.get(call.id))?.overrides).toEqual([]);
  });

  it('saves past unticked items only with the override ticked and a reason, kept on the call', async () => {
    const db = freshDb();
    const call = await callFor(db, 'CC20240002', (c) => {
      c.stages.push({ stageId: 'e-disclose', at: Date.now() });
    });
    await setup({ db, call });
    await screen.findByTestId('wrap-up-blockers');
    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'HRD');
    await userEvent.click(screen.getByLabelText('例外：未完成必做事项也保存'));
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    expect(screen.getByLabelText('例外原因')).toHaveAccessibleDescription('请写明原因（至少 2 个字）。');
    expect((await db.calls.get(call.id))?.disposition).toBeUndefined();

    await userEvent.type(screen.getByLabelText('例外原因'), '客户情绪激动，提前挂断');
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    expect(await screen.findByTestId('wrap-up-saved')).toHaveTextContent('HRD');
    await waitFor(() => expect(screen.getByTestId('history')).toHaveTextContent('HRD'));
    await screen.findByText('开始通话后，在这里填写通话结果。');
    const stored = await db.calls.get(call.id);
    expect(stored?.disposition?.id).toBe('HRD');
    expect(stored?.overrides).toEqual([
      { kind: 'checklist', reason: '客户情绪激动，提前挂断', at: expect.any(Number) },
    ]);
  });

  it('offers the wrap-up for a call that just ended without a disposition', async () => {
    const db = freshDb();
    await callFor(db, 'CC20240002', (c) => {
      c.endedAt = Date.now() - 60_000;
    });
    await setup({ db, call: null });
    expect(await screen.findByText('上一通电话已结束，尚未填写结果。')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'VM');
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    expect(await screen.findByTestId('wrap-up-saved')).toHaveTextContent('VM');
    expect(await screen.findByText('开始通话后，在这里填写通话结果。')).toBeInTheDocument();
  });
});
