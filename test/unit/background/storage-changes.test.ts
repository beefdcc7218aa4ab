import { changesCrmAdapter, changesPackSource } from '@/lib/background/storage-changes';
import { SYNC_STATE_KEY } from '@/lib/pack/sync';
import { defaultSettings, SETTINGS_KEY } from '@/lib/settings';

const settings = defaultSettings();
const activation = { packId: 'default-zh-CN', from: 1, to: 2, at: 1 };

describe('which storage.local writes the CRM tabs hear about', () => {
  it('tells the tabs when the agent picks another pack', () => {
    const changes = {
      [SETTINGS_KEY]: { oldValue: settings, newValue: { ...settings, packId: 'default-en-US' } },
    };
    expect(changesCrmAdapter(changes)).toBe(true);
  });

  it('tells the tabs when a new pack version is activated (sync or import), also the first one', () => {
    const at = (lastActivation?: typeof activation) => ({
      highest: {},
      ...(lastActivation ? { lastActivation } : {}),
    });
    expect(changesCrmAdapter({ [SYNC_STATE_KEY]: { oldValue: at(), newValue: at(activation) } })).toBe(true);
    expect(changesCrmAdapter({ [SYNC_STATE_KEY]: { newValue: at(activation) } })).toBe(true);
    const next = { ...activation, from: 2, to: 3 };
    expect(changesCrmAdapter({ [SYNC_STATE_KEY]: { oldValue: at(activation), newValue: at(next) } })).toBe(
      true,
    );
  });

  it('stays quiet for a sync check that activated nothing, an acknowledgement, a purge log or the agent’s name', () => {
    const check = { at: 5, source: 'alarm', result: 'upToDate' };
    const state = { highest: {}, lastActivation: activation };
    expect(
      changesCrmAdapter({ [SYNC_STATE_KEY]: { oldValue: state, newValue: { ...state, lastCheck: check } } }),
    ).toBe(false);
    expect(changesCrmAdapter({ packSeen: { newValue: { 'default-zh-CN': 2 } } })).toBe(false);
    expect(changesCrmAdapter({ 'privacy.purgeLog': { newValue: [] } })).toBe(false);
    expect(
      changesCrmAdapter({
        [SETTINGS_KEY]: { oldValue: settings, newValue: { ...settings, agentName: '李雷' } },
      }),
    ).toBe(false);
  });
});

describe('which settings writes check the pack at once', () => {
  it('checks when the pack address, the trusted keys or developer mode change, not for the font size', () => {
    const write = (patch: object) => ({
      [SETTINGS_KEY]: { oldValue: settings, newValue: { ...settings, ...patch } },
    });
    expect(changesPackSource(write({ packUrl: 'https://packs.bank.cn/zh.json' }))).toBe(true);
    expect(changesPackSource(write({ developerMode: true }))).toBe(true);
    expect(changesPackSource(write({ trustedKeys: [{ keyId: 'k1', publicKey: 'x'.repeat(43) }] }))).toBe(
      true,
    );
    expect(changesPackSource(write({ fontScale: 1.2 }))).toBe(false);
    expect(changesPackSource({ [SYNC_STATE_KEY]: { newValue: { highest: {} } } })).toBe(false);
  });
});
