// @vitest-environment jsdom
/**
 * Live-call walk 11 §3: the options page read 当前话术包：default-zh-CN v1 and listed packs by id.
 * Agents never see an internal id: packs are named by title and version, as the panel does.
 */
import { render, screen, within } from '@testing-library/react';
import { AgentSettings } from '@/components/settings/AgentSettings';
import { I18nProvider } from '@/components/shell/i18n';
import { CallAssistDB } from '@/lib/db/schema';
import { installBundledPacks } from '@/lib/pack/bundled';
import { activePackOf, installedPacks, storedTitle } from '@/lib/pack/installed';
import { defaultSettings } from '@/lib/settings';

let count = 0;
const freshDb = () => new CallAssistDB(`options-pack-name-${++count}`);

describe('packs on the options page', () => {
  it('are listed by title and version in the pack choice, never by id', async () => {
    const db = freshDb();
    await installBundledPacks(db, 1000);
    const packs = await installedPacks(db);
    render(
      <I18nProvider locale="zh-CN">
        <AgentSettings settings={defaultSettings()} packs={packs} onChange={() => undefined} />
      </I18nProvider>,
    );
    const choice = screen.getByLabelText('话术包');
    const names = within(choice)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual(
      expect.arrayContaining([
        '示例银行信用卡催收 · 默认话术包（第 1 版）',
        'Northwind Recovery Services: credit card collections (US, FDCPA / Regulation F)（第 1 版）',
      ]),
    );
    expect(names).toHaveLength(2);
    expect(choice).toHaveValue(defaultSettings().packId);
    expect(document.body.textContent).not.toMatch(/default-(zh-CN|en-US)/);
  });

  it('the active pack is named by its title; a stored payload that cannot be read has none', async () => {
    const db = freshDb();
    await installBundledPacks(db, 1000);
    expect(await activePackOf(db, 'default-zh-CN')).toEqual({
      id: 'default-zh-CN',
      title: '示例银行信用卡催收 · 默认话术包',
      version: 1,
    });
    expect(await activePackOf(db, 'nothing')).toBeUndefined();
    expect(storedTitle('not json')).toBeNull();
  });
});
