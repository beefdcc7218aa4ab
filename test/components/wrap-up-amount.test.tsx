// @vitest-environment jsdom
/**
 * Live-call walk 11: a payment taken on the call typed as "8oo" was told 承诺还款需要金额（大于 0）—
 * neither a promise nor what was wrong. The wrap-up's amount says what the plan's fields say.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callFor, freshDb, setup } from './notes-host';

async function paidWith(typed: string) {
  const db = freshDb();
  const call = await callFor(db, 'CC20240002', (c) => {
    c.checklist['ptp-readback'] = { at: Date.now(), by: 'hand' };
  });
  await setup({ db, call });
  await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'PAID');
  if (typed !== '') await userEvent.type(screen.getByLabelText('金额（CNY）'), typed);
  await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
  return { db, call, amount: screen.getByLabelText('金额（CNY）') };
}

describe('the wrap-up amount says what is wrong with what was typed', () => {
  it.each([
    ['8oo', '金额格式不对：请用数字填写，最多一个小数点（800、1,234.50），可带 万、千 或 k（2万5、3k）'],
    ['-800', '不能为负数：请去掉负号或括号'],
    ['约800', '这是个大概的金额：请填写客户同意的确切金额（例如 1000，而不是 约1000 或 1000多）'],
    ['八百多', '这是个大概的金额：请填写客户同意的确切金额（例如 1000，而不是 约1000 或 1000多）'],
    ['8元34', '元、块 或 角 后面跟了两位以上数字（12元34），不知道是几角几分：请写 12.34 或 12元3角4分'],
    ['8角12分', '角、分 前面各只能有一位数字 0–9（3角2分，而不是 3角12分）：请写 0.32 或 3角2分'],
    ['99999999999', '金额太大：最多 10000000000.00'],
    ['8.005', '小数位太多：CNY 最多 2 位小数'],
    ['0', '请填写金额（大于 0）。'],
    ['', '请填写金额（大于 0）。'],
  ])('%s', async (typed, said) => {
    const { db, call, amount } = await paidWith(typed);
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(said);
    expect(amount).not.toHaveAccessibleDescription(/承诺/);
    expect((await db.calls.get(call.id))?.disposition).toBeUndefined();
  });
});
