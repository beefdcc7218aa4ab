import { defaultSettings, parseSettings } from '@/lib/settings';

describe('settings', () => {
  it('defaults to zh-CN and the Chinese pack', () => {
    expect(defaultSettings()).toMatchObject({
      locale: 'zh-CN',
      packId: 'default-zh-CN',
      fontScale: 1,
      developerMode: false,
    });
  });

  it('keeps good fields and replaces bad ones one by one', () => {
    const settings = parseSettings({
      agentName: '李娜',
      fontScale: 9,
      locale: 'fr',
      trustedKeys: 'x',
      packId: 'default-en-US',
    });
    expect(settings).toMatchObject({
      agentName: '李娜',
      fontScale: 1,
      locale: 'zh-CN',
      trustedKeys: [],
      packId: 'default-en-US',
    });
  });

  it('falls back to the defaults for garbage', () => {
    expect(parseSettings('garbage')).toEqual(defaultSettings());
    expect(parseSettings(null)).toEqual(defaultSettings());
  });
});
