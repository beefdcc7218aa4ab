// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataExport } from '@/components/settings/DataExport';
import { I18nProvider } from '@/components/shell/i18n';
import { purgeLogItem } from '@/lib/background/privacy';
import { CallAssistDB, localDate, quotaMessage } from '@/lib/db';
import { callRow } from '../unit/db/helpers';

const DAY = 24 * 60 * 60 * 1000;

describe('export, then clear old records (issue 16 §7)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('hands the old records to the downloads, then deletes only them, and logs it', async () => {
    const files: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      files.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const db = new CallAssistDB(`clear-old-${crypto.randomUUID()}`);
    const now = Date.now();
    await db.calls.bulkAdd([
      callRow({ id: 'old', startedAt: now - 200 * DAY }),
      callRow({ id: 'new', startedAt: now - DAY }),
    ]);
    await db.drafts.put({ accountKey: 'CC9', text: '旧草稿', updatedAt: now - 200 * DAY });
    render(
      <I18nProvider locale="zh-CN">
        <DataExport db={db} />
      </I18nProvider>,
    );
    expect(await screen.findByText('尚未执行过清理。')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('早于'), { target: { value: localDate(now - 100 * DAY) } });
    await userEvent.click(screen.getByRole('button', { name: '导出后清理' }));
    expect(await screen.findByRole('status')).toHaveTextContent('并清理 1 通通话、0 条笔记、1 份草稿');
    const exported = JSON.parse(await (files[0] as Blob).text());
    expect(exported.calls.map((c: { id: string }) => c.id)).toEqual(['old']);
    expect(await db.calls.toCollection().primaryKeys()).toEqual(['new']);
    expect(await db.drafts.count()).toBe(0);
    expect((await purgeLogItem.getValue())[0]).toMatchObject({
      outcome: 'cleared',
      deleted: { calls: 1, notes: 0, drafts: 1 },
    });
    expect(await screen.findByTestId('purge-log')).toHaveTextContent('导出并清理');
  });

  it('the quota message points to it', () => {
    expect(quotaMessage.zh).toContain('导出后清理');
    expect(quotaMessage.en).toContain('Export, then clear');
  });
});
