/**
 * The generated Firefox `policies.json` (issue 18), applied by Firefox ESR itself: `ExtensionSettings`
 * installs the extension from its install URL on the pack host, and `3rdparty` hands it the managed
 * settings, which pin the pack URL and key, so the signed v2 there becomes active with no one
 * touching the options page. Firefox reads an alternate policies file only under automation, hence
 * the automation pref and non-local-connection switch (test-only; a bank uses the system location).
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startPackServer } from '../../cli/pack-serve';
import { readManagedSchema } from '../../cli/release/managed-schema';
import { policyTemplates } from '../../cli/release/policy-templates';
import { TEST_PANEL_HASH } from '../../lib/platform/test-panel';
import { expect, extensionPage, launchFirefox, test, textOf } from '../e2e/firefox-fixtures';
import { bundledDemoPack, packText, signedEnvelope, TEST_ONLY_KEYS } from '../fixtures/hostile/make';

const E2E_DIR = resolve(import.meta.dirname, '../../.output/e2e');

test('Firefox: policies.json force-installs from the pack host and pins the signed pack', async ({
  crmUrl,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-e2e-firefox-'));
  const xpi = readdirSync(E2E_DIR).find((file) => file.endsWith('-firefox.zip'));
  if (!xpi) throw new Error('No Firefox zip: run test/e2e-firefox/build.ts');
  copyFileSync(join(E2E_DIR, xpi), join(dir, 'call-assist.xpi'));
  writeFileSync(join(dir, 'pack.json'), await signedEnvelope(packText(bundledDemoPack(2))));
  const host = await startPackServer({ dir, port: 0, log: () => undefined });
  const values = {
    packUrl: `${host.url}/pack.json`,
    trustedKeys: [{ publicKey: TEST_ONLY_KEYS.trusted.publicKey }],
    syncMinutes: 15,
    allowUnsigned: false,
    packId: 'default-zh-CN',
  };
  const templates = policyTemplates(readManagedSchema(), {
    chromeId: 'kdaikcakebifkbpelfameohomjghmhma',
    geckoId: 'call-assist@example.com',
    chromeUpdateUrl: `${host.url}/updates.xml`,
    firefoxInstallUrl: `${host.url}/call-assist.xpi`,
    values,
  });
  const policies = join(dir, 'policies.json');
  writeFileSync(policies, templates['firefox/policies.json'] ?? '');

  const firefox = await launchFirefox({
    extensionDir: null,
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    prefs: {
      'browser.policies.alternatePath': policies,
      'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
      // The e2e .xpi is not signed by Mozilla; ESR honours this pref (README: signing reality).
      'xpinstall.signatures.required': false,
    },
  });
  try {
    // The policy installs in the background after start: load the CRM until the panel opens.
    const crm = await firefox.browser.newPage();
    let panel: Page | undefined;
    await expect
      .poll(
        async () => {
          panel = await extensionPage(firefox, '/sidepanel.html?tab=');
          if (!panel) await crm.goto(`${crmUrl}/accounts/CC20240002${TEST_PANEL_HASH}`);
          return panel !== undefined;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    if (!panel) throw new Error('unreachable');
    const managed = await panel.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { managed: { get(): Promise<unknown> } } } }
      ).browser.storage.managed.get(),
    );
    expect(managed).toEqual(values);
    const opened = panel;
    await expect
      .poll(() => textOf(opened, '.pack-line'), { timeout: 20_000 })
      .toBe('话术包：示例银行信用卡催收 · 默认话术包（第 2 版）');
  } finally {
    await firefox.browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
