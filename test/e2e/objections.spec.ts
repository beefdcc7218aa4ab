import { expect, test } from './fixtures';
import { openEarlyScript, openObjectionSearch, startCall } from './panel-steps';

test.describe('objection handling', () => {
  test('typing mq finds 没钱 first, and Enter opens its card filled from the CRM', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openEarlyScript(ext, crmUrl);
    // `/` from the script: the Objections tab opens with the search box focused.
    await openObjectionSearch(panel);
    await panel.keyboard.type('mq');
    const first = panel.getByRole('option').first();
    await expect(first).toContainText('没钱 / 手头紧');
    await expect(first).toContainText('拼音首字母');
    await expect(first).toContainText('mq → 没钱');
    await panel.keyboard.press('Enter');
    const card = panel.getByTestId('objection-card');
    await expect(card).toHaveAttribute('data-objection-id', 'no-money');
    await expect(card.getByRole('region', { name: '说', exact: true })).toContainText(
      '可以把¥15,600.00办成分期',
    );
    await expect(card.getByRole('region', { name: '以下说法禁止使用' })).toContainText('没钱就去借啊');
    await panel.keyboard.press('Escape');
    await expect(panel.locator('#tab-script')).toHaveAttribute('aria-selected', 'true');
  });

  test('a sentence the customer says, committed by the IME, opens its card in 3 keys from / (issue 11)', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openEarlyScript(ext, crmUrl);
    // Key 1: `/`.
    await openObjectionSearch(panel);
    // Key 2: the IME commits the whole sentence at once (a trigger with words around it).
    await panel.keyboard.insertText('我现在真的是手头紧啊');
    const first = panel.getByRole('option').first();
    await expect(first).toContainText('没钱 / 手头紧');
    await expect(first.getByTestId('match')).toContainText('包含触发语');
    // Key 3: Enter.
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('objection-card')).toHaveAttribute('data-objection-id', 'no-money');
  });

  test('digits typed in the search are text; after ↓ a digit opens that result (session 7)', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openEarlyScript(ext, crmUrl);
    const search = await openObjectionSearch(panel);
    // Typed key by key, as an agent does: every digit reaches the box, none opens a card.
    await panel.keyboard.type('12378');
    await expect(search).toHaveValue('12378');
    await search.fill('');
    await panel.keyboard.type('meiqian 500');
    await expect(search).toHaveValue('meiqian 500');
    await expect(panel.getByTestId('objection-card')).toHaveCount(0);
    await expect(panel.locator('#tab-objections')).toHaveAttribute('aria-selected', 'true');
    // Two keys for the second result: ↓ moves into the list, 2 opens it.
    await expect(panel.getByRole('option').first()).toContainText('没钱 / 手头紧');
    await panel.keyboard.press('ArrowDown');
    const chosen = panel.locator('[role="option"][aria-selected="true"]');
    await expect(chosen.locator('kbd')).toHaveText('2');
    const second = await chosen.getAttribute('data-objection-id');
    await panel.keyboard.press('2');
    await expect(panel.getByTestId('objection-card')).toHaveAttribute('data-objection-id', second ?? '');
    await expect(search).toHaveValue('meiqian 500');
  });

  test('the crisis objection stops the script and puts the protocol in the Guard', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openEarlyScript(ext, crmUrl);
    await startCall(panel);
    const guard = panel.getByTestId('guard');
    await expect(guard).not.toContainText('希望24热线');
    await expect(guard).toHaveAttribute('data-level', 'ok');

    await openObjectionSearch(panel);
    await panel.keyboard.type('不想活');
    const first = panel.getByRole('option').first();
    await expect(first).toContainText('提到轻生');
    await expect(first).toContainText('危机');
    await panel.keyboard.press('Enter');

    await expect(panel.getByTestId('pinned-card')).toHaveAttribute('data-objection-id', 'self-harm');
    await expect(panel.getByTestId('crisis-banner')).toContainText('危机：停止话术');
    const protocol = guard.getByTestId('crisis-protocol');
    await expect(protocol).toContainText('危机热线：全国心理援助热线 12356；也可拨打希望24热线 400-161-9995');
    await expect(protocol).toContainText('立刻停止一切还款话题');
    // The crisis flag raised on the call is a stop flag at once: the Guard turns red.
    await expect(guard).toHaveAttribute('data-level', 'block');

    await panel.keyboard.press('Escape');
    await expect(panel.locator('#tab-script')).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByTestId('script-stopped')).toContainText('危机：停止话术');
    await expect(panel.locator('[data-line-id="e-identify-who"]')).toHaveCount(0);
  });
});
