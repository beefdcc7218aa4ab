import { type Extension, expect, openAccount, test } from './fixtures';
import { markSaid, startCall } from './panel-steps';

/** The demo CRM and the panel at a Shanghai wall-clock time (the Guard depends on the debtor's time). */
const openAccountAt = (ext: Extension, crmUrl: string, accountKey: string, shanghaiTime: string) =>
  openAccount(ext, crmUrl, accountKey, `${shanghaiTime}+08:00`);

test.describe('compliance guard', () => {
  test('the complaint-flag account shows a red Guard with the reason, in hours and after 22:00', async ({
    ext,
    crmUrl,
  }) => {
    const day = await openAccountAt(ext, crmUrl, 'CC20240007', '2026-06-15T14:00:00');
    const guard = day.panel.getByTestId('guard');
    await expect(day.panel.locator('section.account [data-field="name"]')).toContainText('黄磊');
    // The default zh-CN pack blocks an open complaint: going on needs a supervisor and a typed reason.
    await expect(guard).toHaveAttribute('data-level', 'block');
    // The flag by its label, never its id (issue 12 §7).
    await expect(guard.getByRole('alert')).toContainText('未结投诉：客户有未结投诉');
    await expect(guard.getByRole('alert')).not.toContainText('complaint');
    // The demo CRM counts one attempt today already: this is the second (issue 12 §4).
    await expect(guard.getByRole('alert')).toContainText('当地时间 14:00 · 今日第 2 次');
    await day.panel.close();

    const night = await openAccountAt(ext, crmUrl, 'CC20240007', '2026-06-15T22:30:00');
    const red = night.panel.getByTestId('guard');
    await expect(red).toHaveAttribute('data-level', 'block');
    const alert = red.getByRole('alert');
    await expect(alert).toContainText('禁止');
    await expect(alert).toContainText('当地时间 22:30');
    await expect(alert).toContainText('不在允许时段 08:00–22:00 内');
    await expect(alert).toContainText('客户有未结投诉');

    // Every rule with its source, from the keyboard.
    const toggle = red.getByRole('button', { name: '展开全部规则' });
    await expect(red.locator('[data-rule-id="cn-call-window"]')).toBeHidden();
    await toggle.focus();
    await night.panel.keyboard.press('Enter');
    await expect(red.locator('[data-rule-id="cn-call-window"]')).toContainText(
      '依据：中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
    );
  });

  test('a blocking flag is red, and starting the call needs a typed reason kept on the call', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openAccountAt(ext, crmUrl, 'CC20240008', '2026-06-15T10:00:00');
    const guard = panel.getByTestId('guard');
    await expect(guard).toHaveAttribute('data-level', 'block');
    await expect(guard.getByRole('alert')).toContainText('已委托律师');

    await panel.getByRole('button', { name: /开始通话/ }).click();
    const form = panel.getByRole('form', { name: /合规规则禁止现在拨打/ });
    await expect(form).toBeVisible();
    await expect(panel.getByTestId('call-status')).toContainText('未在通话');
    await panel.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect(panel.getByTestId('call-status')).toContainText('未在通话');

    await panel.locator('body').press('Alt+s');
    const reason = panel.getByRole('textbox', { name: /继续的原因/ });
    await expect(reason).toBeFocused();
    // A stop flag in the default zh-CN pack is for a supervisor to override (issue 12 §8).
    await reason.fill('代理律师书面同意本次致电核实地址');
    await panel.getByRole('textbox', { name: /批准主管的工号/ }).fill('S2001');
    await reason.press('Enter');
    await expect(panel.getByTestId('call-status')).toContainText('通话中');
    await expect(guard).toContainText('主管 S2001 已批准继续：代理律师书面同意本次致电核实地址');
    await expect(guard).toHaveAttribute('data-level', 'approved');

    await panel.getByRole('tab', { name: /合规/ }).click();
    const overrides = panel.getByRole('region', { name: '本通话的例外说明' });
    await expect(overrides).toContainText('账户有特殊标记时暂停或限制催收');
    await expect(overrides).toContainText('代理律师书面同意本次致电核实地址');
    await expect(overrides).toContainText('主管 S2001 批准');
  });

  test('the checklist shows a script line’s tick and takes a tick by hand, each with its time', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openAccountAt(ext, crmUrl, 'CC20240002', '2026-06-15T10:00:00');
    await expect(panel.getByTestId('guard')).toHaveAttribute('data-level', 'ok');
    await startCall(panel);
    await markSaid(panel, 'e-identify-greet');

    await panel.locator('body').press('1');
    const section = panel.locator('#section-guard');
    const recording = section.locator('[data-item-id="recording-notice"]');
    await expect(recording).toContainText(/话术勾选 \d{2}:\d{2}:\d{2}/);
    await expect(recording.getByRole('checkbox')).toBeChecked();

    const summary = section.getByRole('checkbox', { name: /总结本次通话并致谢/ });
    await summary.focus();
    await panel.keyboard.press('Space');
    await expect(summary).toBeChecked();
    await expect(section.locator('[data-item-id="summary"]')).toContainText(/手动勾选 \d{2}:\d{2}:\d{2}/);
  });

  test('a forbidden phrase typed in the phrase check is marked with its alternative', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openAccountAt(ext, crmUrl, 'CC20240002', '2026-06-15T10:00:00');
    await panel.getByRole('tab', { name: /合规/ }).click();
    const box = panel.getByRole('textbox', { name: /输入一句话/ });
    await box.fill('再不还钱就让你坐牢');
    const hints = panel.getByTestId('phrase-hints');
    await expect(hints).toHaveAttribute('role', 'alert');
    await expect(hints.locator('mark')).toHaveText('让你坐牢');
    await expect(hints).toContainText('威胁恐吓');
    await expect(hints).toContainText('改为：只讲合同约定和规定的事实');
    await box.fill('客户说月底发工资后还款');
    await expect(hints).toHaveCount(0);
  });
});
