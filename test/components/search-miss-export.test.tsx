// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchMissExport } from '@/components/settings/SearchMissExport';
import { I18nProvider } from '@/components/shell/i18n';
import { CallAssistDB } from '@/lib/db';
import { recordMiss } from '@/lib/objections/misses';
import { captureDownloads } from './downloads';

let count = 0;

const show = (db: CallAssistDB) =>
  render(
    <I18nProvider locale="zh-CN">
      <SearchMissExport db={db} />
    </I18nProvider>,
  );

describe('search-miss export on the options page (issue 11 §3)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says so when there is nothing to export', async () => {
    const files = captureDownloads();
    show(new CallAssistDB(`miss-export-${++count}`));
    await userEvent.click(screen.getByRole('button', { name: '导出未命中记录（JSON）' }));
    expect(await screen.findByRole('status')).toHaveTextContent('还没有未命中记录');
    expect(files).toHaveLength(0);
  });

  it('downloads the masked log, made locally, without the phone number typed', async () => {
    const files = captureDownloads();
    const db = new CallAssistDB(`miss-export-${++count}`);
    await recordMiss(db, {
      query: '他说 13812345678 是他老婆的',
      reason: 'weak',
      phase: 'identify',
      openedId: 'third-party',
    });
    show(db);
    await userEvent.click(screen.getByRole('button', { name: '导出未命中记录（JSON）' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /已导出 1 条：call-assist-search-misses-.*\.json/,
    );
    expect(files).toHaveLength(1);
    const text = await (files[0] as { blob: Blob }).blob.text();
    const file = JSON.parse(text) as { format: string; misses: { query: string; opened?: string }[] };
    expect(file.format).toBe('call-assist/search-misses@1');
    expect(file.misses[0]).toMatchObject({ reason: 'weak', phase: 'identify', opened: 'third-party' });
    expect(text).not.toContain('13812345678');
    expect(file.misses[0]?.query).toContain('老婆');
  });
});
