// @vitest-environment jsdom
/**
 * Red team 14 on the options page: a managed pack URL is shown without its credentials (item 1),
 * and a stored pack that fails this build's checks is named, with its stand-in and why (item 6).
 */
import { render, screen } from '@testing-library/react';
import { PackSync, type PackSyncApi } from '@/components/settings/PackSync';
import { I18nProvider } from '@/components/shell/i18n';
import type { PackStatus } from '@/lib/messaging/protocol';
import type { Pack } from '@/lib/pack/schema';
import type { ActivePack } from '@/lib/pack/store';
import type { CheckRecord } from '@/lib/pack/sync-state';
import { defaultSettings } from '@/lib/settings';
import { account, defaultPack, ready, renderPanel } from './render-panel';

const never = async (): Promise<CheckRecord> => {
  throw new Error('not asked in these tests');
};

function api(config: Partial<PackStatus['config']> = {}): PackSyncApi {
  return {
    status: async () => ({
      state: { highest: {} },
      config: {
        packUrl: '',
        trustedKeys: [],
        syncMinutes: 15,
        allowUnsigned: false,
        unsignedPermitted: false,
        managed: {},
        ...config,
      },
      nextCheckAt: null,
    }),
    checkNow: never,
    importText: never,
    save: async () => undefined,
    onStateChanged: () => () => undefined,
  };
}

const renderSync = (props: { api: PackSyncApi; activeRead?: ActivePack }) =>
  render(
    <I18nProvider locale="en">
      <PackSync settings={defaultSettings()} {...props} />
    </I18nProvider>,
  );

it('shows a managed pack URL without the credentials it carries', async () => {
  renderSync({
    api: api({
      packUrl: 'https://admin:hunter2@packs.bank.example/p.json?token=tok-9f8e7d',
      managed: { packUrl: true },
    }),
  });
  const input = await screen.findByDisplayValue(
    'https://…@packs.bank.example/p.json?token=…',
    {},
    { timeout: 5000 },
  );
  expect(input).toBeDisabled();
  expect(document.body.innerHTML).not.toMatch(/hunter2|tok-9f8e7d/);
});

it('names a stored version that fails this build, what stands in, and why', async () => {
  renderSync({
    api: api(),
    activeRead: {
      ok: true,
      // The section names the stand-in by the notice; it reads nothing else of the pack.
      pack: { title: 'Stand-in', version: 2 } as unknown as Pack,
      source: 'sync',
      notice: {
        zh: '话术包第 3 版未通过',
        en: 'Pack version 3 fails this version of the extension’s checks',
      },
      reason: { zh: '原因', en: 'The stored pack (version 3) fails: a threat in a script line' },
    },
  });
  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  expect(alert).toHaveTextContent('Pack version 3 fails');
  expect(alert).toHaveTextContent('a threat in a script line');
});

it('the panel tells the agent which pack stands in for a stored version that fails', async () => {
  const standIn = defaultPack();
  if (!standIn.ok) throw new Error('the bundled pack must read');
  await renderPanel(ready(account('CC1', '李娜', 100, 12)), {
    pack: {
      ...standIn,
      notice: { zh: '话术包第 3 版未通过本版本扩展的检查，暂用「默认」第 1 版', en: 'Pack version 3 fails' },
      reason: { zh: '管理员看的原因', en: 'for the admin' },
    },
  });
  expect(screen.getByText('话术包第 3 版未通过本版本扩展的检查，暂用「默认」第 1 版')).toBeVisible();
  // The admin's reason (lint paths, ids) is not the agent's.
  expect(document.body).not.toHaveTextContent('管理员看的原因');
});
