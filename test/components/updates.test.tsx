// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PackSync, type PackSyncApi } from '@/components/settings/PackSync';
import { DbProvider } from '@/components/shell/db';
import { I18nProvider } from '@/components/shell/i18n';
import { KeyProvider } from '@/components/shell/key-dispatch';
import { SettingsProvider } from '@/components/shell/settings-context';
import { PackUpdates, pendingChange } from '@/components/updates/PackUpdates';
import { PACK_SEEN_KEY } from '@/components/updates/storage';
import { CallAssistDB } from '@/lib/db';
import type { PackStatus } from '@/lib/messaging/protocol';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import type { CheckRecord } from '@/lib/pack/sync';
import { SYNC_STATE_KEY } from '@/lib/pack/sync';
import { defaultSettings, type Settings } from '@/lib/settings';
import { demoPack, HOSTILE_DIR, packText } from '../fixtures/hostile/make';
import { account, ready, renderPanel } from './render-panel';

function parsed(raw: unknown): Pack {
  const result = parsePack(raw);
  if (!result.ok) throw new Error(result.errors[0]?.message.en);
  return result.pack;
}

let count = 0;
async function renderUpdates(pack: Pack, settings: Settings = defaultSettings(), rows: Pack[] = []) {
  const db = new CallAssistDB(`updates-test-${++count}`);
  for (const row of rows) {
    await db.packs.put({
      id: row.id,
      version: row.version,
      envelope: JSON.stringify({ payload: packText(row), signatures: [] }),
      source: 'bundled',
      activatedAt: 1,
    });
  }
  await db.packs.put({
    id: pack.id,
    version: pack.version,
    envelope: JSON.stringify({
      payload: packText(pack),
      signatures: [{ keyId: 'k', alg: 'Ed25519', sig: 's' }],
    }),
    source: 'sync',
    activatedAt: 2,
  });
  const view = render(
    <SettingsProvider settings={settings}>
      <I18nProvider locale={settings.locale}>
        <DbProvider db={db}>
          <KeyProvider open="script">
            <PackUpdates pack={pack} />
          </KeyProvider>
        </DbProvider>
      </I18nProvider>
    </SettingsProvider>,
  );
  return { ...view, db };
}

const refusedCheck: CheckRecord = {
  at: Date.UTC(2026, 11, 10, 2, 30),
  result: 'refused',
  code: 'badSignature',
  source: 'sync',
  message: {
    zh: '签名无效（密钥 28664aa832692bc4）：内容在签名后被改动，或签名已损坏',
    en: 'Bad signature (key 28664aa832692bc4)',
  },
};

beforeEach(() => fakeBrowser.reset());

describe('pendingChange', () => {
  it('is due once per activated version, until acknowledged', () => {
    const pack = { id: 'p', version: 2 };
    const activation = { packId: 'p', from: 1, to: 2, at: 0, source: 'sync' as const };
    expect(pendingChange(pack, activation, {})).toEqual({ from: 1 });
    expect(pendingChange(pack, activation, { p: 2 })).toBeNull();
    expect(pendingChange(pack, undefined, {})).toBeNull();
    expect(pendingChange({ id: 'q', version: 2 }, activation, {})).toBeNull();
    // An agent who never acknowledged v2 sees v3 compared with the version they last acknowledged.
    expect(pendingChange({ id: 'p', version: 3 }, { ...activation, from: 2, to: 3 }, { p: 1 })).toEqual({
      from: 1,
    });
  });
});

describe('PackUpdates in the panel', () => {
  it('shows what changed once, with the changelog and the diff, until the agent acknowledges it', async () => {
    const v1 = parsed(demoPack(1));
    const v2 = parsed(demoPack(2));
    await fakeBrowser.storage.local.set({
      [SYNC_STATE_KEY]: {
        highest: {},
        lastActivation: { packId: v2.id, from: 1, to: 2, at: 1, source: 'sync' },
      },
    });
    const user = userEvent.setup();
    await renderUpdates(v2, defaultSettings(), [v1]);
    const region = await screen.findByRole('region', { name: '话术包更新' });
    expect(within(region).getByRole('heading', { name: '话术包已更新：v1 → v2' })).toBeVisible();
    expect(region).toHaveTextContent('第 2 版：更新早期开场白。');
    await waitFor(() => expect(region).toHaveTextContent('修改话术行 1 处'));
    expect(region).toHaveTextContent('script-early › e-identify › e-identify-greet');
    expect(region).toHaveTextContent('话术第 2 版');
    await user.click(within(region).getByRole('button', { name: /知道了/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: '话术包更新' })).toBeNull());
    expect((await fakeBrowser.storage.local.get(PACK_SEEN_KEY))[PACK_SEEN_KEY]).toEqual({ [v2.id]: 2 });
  });

  it('is acknowledged with Alt+A as well', async () => {
    const v2 = parsed(demoPack(2));
    await fakeBrowser.storage.local.set({
      [SYNC_STATE_KEY]: {
        highest: {},
        lastActivation: { packId: v2.id, from: 1, to: 2, at: 1, source: 'sync' },
      },
    });
    const user = userEvent.setup();
    await renderUpdates(v2);
    await screen.findByRole('region', { name: '话术包更新' });
    await user.keyboard('{Alt>}a{/Alt}');
    await waitFor(() => expect(screen.queryByRole('region', { name: '话术包更新' })).toBeNull());
  });

  it('says when a check refused a new version, and that the current one stays', async () => {
    await fakeBrowser.storage.local.set({ [SYNC_STATE_KEY]: { highest: {}, lastCheck: refusedCheck } });
    await renderUpdates(parsed(demoPack(2)));
    const status = await screen.findByText(/已拒绝新版本/);
    expect(status).toHaveTextContent('签名无效');
    expect(status).toHaveTextContent('仍在使用 v2');
  });

  it('warns permanently in developer mode, and not when policy forbids it', async () => {
    const dev = { ...defaultSettings(), developerMode: true };
    const first = await renderUpdates(parsed(demoPack(2)), dev);
    expect(await screen.findByText(/开发者模式：接受未签名的话术包/)).toBeVisible();
    first.unmount();
    await fakeBrowser.storage.managed.set({ allowUnsigned: false });
    await renderUpdates(parsed(demoPack(2)), dev);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByText(/开发者模式/)).toBeNull();
  });

  it('warns about an expired pack', async () => {
    await renderUpdates(
      parsed(
        demoPack(2, (p) => {
          p.publishedAt = '2020-01-01T00:00:00+08:00';
          p.expiresAt = '2020-12-31T00:00:00+08:00';
        }),
      ),
    );
    expect(await screen.findByText('话术包已于 2020-12-31 过期，请联系质检更新。')).toBeVisible();
  });

  it('renders HTML and script from a pack as inert text', async () => {
    const envelope = JSON.parse(readFileSync(resolve(HOSTILE_DIR, 'html-in-texts-v3.json'), 'utf8')) as {
      payload: string;
    };
    const pack = parsed(JSON.parse(envelope.payload));
    const { container } = await renderPanel(ready(account('CC20240002', '王芳', 321000, 12)), {
      pack: { ok: true, pack, source: 'sync' },
    });
    expect(
      await screen.findByText(/<script>alert\(1\)<\/script><img src=x onerror="alert\(2\)"> 先确认是本人。/),
    ).toBeInTheDocument();
    expect(container.querySelector('script, img, b[onmouseover]')).toBeNull();
  });
});

describe('PackSync on the options page', () => {
  const KEY = 'sioxUqvRM7JgBt4R1jXyqD4S67Ef6pYU6bsPey1ZlzE=';
  function fakeApi(status: Partial<PackStatus['config']> = {}, lastCheck?: CheckRecord) {
    const saved: Partial<Settings>[] = [];
    const api: PackSyncApi & { saved: typeof saved; checks: number } = {
      saved,
      checks: 0,
      status: async () => ({
        state: { highest: {}, ...(lastCheck ? { lastCheck } : {}) },
        config: {
          packUrl: '',
          trustedKeys: [],
          syncMinutes: 15,
          allowUnsigned: false,
          unsignedPermitted: true,
          managed: {},
          ...status,
        },
        nextCheckAt: null,
      }),
      checkNow: async () => {
        api.checks++;
        return refusedCheck;
      },
      importText: async () => refusedCheck,
      save: async (patch) => saved.push(patch),
      onStateChanged: () => () => undefined,
    };
    return api;
  }
  const renderSync = (api: PackSyncApi, settings: Settings = defaultSettings()) =>
    render(
      <I18nProvider locale="zh-CN">
        <PackSync
          settings={settings}
          activePack={{ id: 'default-zh-CN', title: '示例银行信用卡催收 · 默认话术包', version: 2 }}
          api={api}
        />
      </I18nProvider>,
    );

  it('shows the last check with its reason and problem paths, and checks now on request', async () => {
    const api = fakeApi(
      {},
      {
        ...refusedCheck,
        code: 'lintErrors',
        details: [
          { path: 'scripts[0].stages[0].lines[0].text', message: { zh: '包含禁用语', en: 'forbidden' } },
        ],
      },
    );
    const user = userEvent.setup();
    renderSync(api);
    expect(await screen.findByText(/已拒绝 · 签名无效/)).toBeVisible();
    expect(screen.getByText(/scripts\[0\]\.stages\[0\]\.lines\[0\]\.text: 包含禁用语/)).toBeVisible();
    // The pack's title and version as the panel shows them, never its id (live-call walk 11 §3).
    expect(screen.getByText('当前话术包：示例银行信用卡催收 · 默认话术包（第 2 版）')).toBeVisible();
    expect(document.body).not.toHaveTextContent('default-zh-CN');
    await user.click(screen.getByRole('button', { name: '立即检查' }));
    expect(api.checks).toBe(1);
  });

  it('adds a trusted key by its base64 public key and refuses anything else', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    renderSync(api);
    const input = screen.getByLabelText('公钥（base64）');
    await user.type(input, 'not a key');
    await user.click(screen.getByRole('button', { name: '添加公钥' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('不是有效的 Ed25519 公钥');
    await user.clear(input);
    await user.type(input, `${KEY}{Enter}`);
    await waitFor(() =>
      expect(api.saved).toEqual([{ trustedKeys: [{ keyId: '12cbacd08288c6ce', publicKey: KEY }] }]),
    );
  });

  it('reads an imported file as strict UTF-8, as a download is: never a garbled text to the gate', async () => {
    const user = userEvent.setup();
    const texts: string[] = [];
    const api = {
      ...fakeApi(),
      importText: async (text: string) => {
        texts.push(text);
        return refusedCheck;
      },
    };
    renderSync(api);
    const input = screen.getByLabelText('导入签名话术包文件');
    const envelope = JSON.stringify({ payload: '{"title":"示例"}', signatures: [] });
    // GBK bytes of 示例 inside the JSON: Blob.text() made them U+FFFD and sent them on.
    const gbk = Buffer.concat([
      Buffer.from('{"payload":"'),
      Buffer.from([0xca, 0xbe, 0xc0, 0xfd]),
      Buffer.from('"}'),
    ]);
    await user.upload(input, new File([gbk], 'pack.json', { type: 'application/json' }));
    expect(await screen.findByText(/已拒绝 · 不是 UTF-8 文本$/)).toBeVisible();
    // UTF-16 (Notepad's "Unicode") without its BOM: valid UTF-8 full of NULs before.
    const utf16 = Buffer.from(envelope.replace('示例', 'demo'), 'utf16le');
    await user.upload(input, new File([utf16], 'pack.json', { type: 'application/json' }));
    expect(await screen.findByText(/UTF-16.*另存为 UTF-8/)).toBeVisible();
    expect(texts).toEqual([]);
    // Good UTF-8 (with one BOM) still goes to the background, the BOM dropped as a download's is.
    await user.upload(input, new File([Buffer.from(`\uFEFF${envelope}`)], 'pack.json'));
    await waitFor(() => expect(texts).toEqual([envelope]));
  });

  it('saves the pack URL, and locks what policy sets', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    const first = renderSync(api);
    await user.type(screen.getByLabelText('话术包网址'), 'https://cdn.bank.cn/pack.json{Enter}');
    expect(api.saved).toContainEqual({ packUrl: 'https://cdn.bank.cn/pack.json' });
    first.unmount();
    renderSync(
      fakeApi({ packUrl: 'https://policy/p.json', unsignedPermitted: false, managed: { packUrl: true } }),
    );
    await waitFor(() => expect(screen.getByLabelText('话术包网址')).toHaveValue('https://policy/p.json'));
    expect(screen.getByLabelText('话术包网址')).toBeDisabled();
    expect(screen.getByLabelText('开发者模式（接受未签名的话术包）')).toBeDisabled();
    expect(screen.getByText('管理员策略不允许开发者模式。')).toBeVisible();
  });
});
