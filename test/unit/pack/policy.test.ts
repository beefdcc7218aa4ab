import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveSyncConfig, parsePolicy, readManagedPolicy } from '@/lib/pack/policy';
import { defaultSettings } from '@/lib/settings';

const KEY = 'sioxUqvRM7JgBt4R1jXyqD4S67Ef6pYU6bsPey1ZlzE=';

describe('managed policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each valid key and drops each invalid one on its own', () => {
    expect(
      parsePolicy({
        packUrl: 'https://cdn.bank.cn/p.json',
        syncMinutes: 2,
        allowUnsigned: 'yes',
        trustedKeys: [{ publicKey: KEY }],
      }),
    ).toEqual({
      packUrl: 'https://cdn.bank.cn/p.json',
      trustedKeys: [{ publicKey: KEY }],
    });
    expect(parsePolicy(null)).toEqual({});
    expect(parsePolicy([1])).toEqual({});
  });

  it('overrides the options page key by key', () => {
    const settings = {
      ...defaultSettings(),
      packUrl: 'https://mine/p.json',
      syncMinutes: 30,
      trustedKeys: [{ keyId: 'a', publicKey: KEY }],
    };
    const none = effectiveSyncConfig(settings, {});
    expect(none).toMatchObject({
      packUrl: 'https://mine/p.json',
      syncMinutes: 30,
      unsignedPermitted: true,
      allowUnsigned: false,
    });
    expect(Object.values(none.managed).every((v) => !v)).toBe(true);
    const managed = effectiveSyncConfig(settings, {
      packUrl: ' https://bank/p.json ',
      syncMinutes: 60,
      packId: 'bank-cc',
    });
    expect(managed).toMatchObject({
      packUrl: 'https://bank/p.json',
      syncMinutes: 60,
      packId: 'bank-cc',
      trustedKeys: settings.trustedKeys,
    });
    expect(managed.managed).toMatchObject({ packUrl: true, syncMinutes: true, trustedKeys: false });
  });

  it('allows developer mode only where policy does not forbid it', () => {
    const dev = { ...defaultSettings(), developerMode: true };
    expect(effectiveSyncConfig(dev, {}).allowUnsigned).toBe(true);
    expect(effectiveSyncConfig(dev, { allowUnsigned: false }).allowUnsigned).toBe(false);
    // A managed deployment forbids it unless it says otherwise.
    expect(effectiveSyncConfig(dev, { trustedKeys: [{ publicKey: KEY }] })).toMatchObject({
      allowUnsigned: false,
      unsignedPermitted: false,
    });
    expect(
      effectiveSyncConfig(dev, { trustedKeys: [{ publicKey: KEY }], allowUnsigned: true }).allowUnsigned,
    ).toBe(true);
    expect(effectiveSyncConfig({ ...dev, developerMode: false }, { allowUnsigned: true }).allowUnsigned).toBe(
      false,
    );
  });

  it('reads storage.managed, and treats a missing or failing area as no policy', async () => {
    await fakeBrowser.storage.managed.set({ packUrl: 'https://bank/p.json', syncMinutes: 'often' });
    expect(await readManagedPolicy()).toEqual({ packUrl: 'https://bank/p.json' });
    const spy = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({});
    spy.mockRestore();
  });
});
