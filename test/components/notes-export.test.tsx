// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataExport, rangeOf } from '@/components/settings/DataExport';
import { I18nProvider } from '@/components/shell/i18n';
import { CallAssistDB, type CallRecord, exportJson, localDate } from '@/lib/db';
import { callRow } from '../unit/db/helpers';
import { captureDownloads } from './downloads';

const DAY = 24 * 60 * 60 * 1000;
let count = 0;

const call = (id: string, startedAt: number): CallRecord =>
  callRow({
    id,
    startedAt,
    endedAt: startedAt + 60_000,
    disposition: { id: 'PTP', at: startedAt + 60_000 },
    promise: { amount: 123_456, date: localDate(startedAt + 5 * DAY) },
  });

async function seeded() {
  const db = new CallAssistDB(`export-test-${++count}`);
  const now = Date.now();
  await db.calls.bulkAdd([call('recent', now - 2 * DAY), call('old', now - 90 * DAY)]);
  await db.notes.add({
    id: 'note-1',
    accountKey: 'CC20240001',
    callId: 'recent',
    text: '客户承诺，"下周"还款',
    masked: [],
    createdAt: now - 2 * DAY,
    updatedAt: now - 2 * DAY,
  });
  return db;
}

const show = (db: CallAssistDB) =>
  render(
    <I18nProvider locale="zh-CN">
      <DataExport db={db} />
    </I18nProvider>,
  );

describe('export and import on the options page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('exports the date range as JSON, made locally as a download', async () => {
    const files = captureDownloads();
    show(await seeded());
    await userEvent.click(screen.getByRole('button', { name: '导出 JSON' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/已导出 call-assist-.*\.json/);
    expect(files).toHaveLength(1);
    const exported = JSON.parse(await (files[0] as { blob: Blob }).blob.text());
    expect(exported.format).toBe('call-assist/export@1');
    // The default range is the last 30 days: the 90-day-old call stays out.
    expect(exported.calls.map((c: CallRecord) => c.id)).toEqual(['recent']);
    expect(exported.notes).toHaveLength(1);
  });

  it('exports CSV for Excel: two files, UTF-8 with a BOM', async () => {
    const files = captureDownloads();
    show(await seeded());
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/-calls\.csv$/),
      expect.stringMatching(/-notes\.csv$/),
    ]);
    for (const { blob } of files) {
      expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const notes = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await (files[1] as { blob: Blob }).blob.arrayBuffer(),
    );
    expect(notes).toContain('"客户承诺，""下周""还款"');
    const calls = await (files[0] as { blob: Blob }).blob.text();
    expect(calls).toContain('1234.56');
  });

  it('refuses a range that ends before it starts', async () => {
    const files = captureDownloads();
    show(await seeded());
    fireEvent.change(screen.getByLabelText('起始日期'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('截止日期'), { target: { value: '2026-11-01' } });
    await userEvent.click(screen.getByRole('button', { name: '导出 JSON' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请选择有效的日期范围');
    expect(files).toHaveLength(0);
  });

  it('imports a JSON export, merging without duplicates', async () => {
    const source = await seeded();
    const text = await exportJson(source, { from: 0, to: Date.now() + DAY });
    const target = new CallAssistDB(`export-test-${++count}`);
    await target.calls.add(call('old', Date.now() - 90 * DAY));
    show(target);
    const file = new File([text], 'calls.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('导入 JSON 文件'), file);
    expect(
      await screen.findByText('已导入通话 1 条、笔记 1 条；跳过已有的通话 1 条、笔记 0 条。'),
    ).toBeInTheDocument();
    expect((await target.calls.toCollection().primaryKeys()).sort()).toEqual(['old', 'recent']);
    expect(await target.notes.count()).toBe(1);
  });

  it('refuses a broken or foreign file with its reason and changes nothing', async () => {
    const db = await seeded();
    show(db);
    const input = screen.getByLabelText('导入 JSON 文件');
    await userEvent.upload(input, new File(['{"calls": ['], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '未导入，数据没有任何改动：文件不是有效的 JSON。',
    );
    await userEvent.upload(
      input,
      new File([JSON.stringify({ format: 'other/thing@1' })], 'foreign.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('这不是本扩展导出的文件'));
    expect(await db.calls.count()).toBe(2);
    expect(await db.notes.count()).toBe(1);
  });

  it('turns the dates into a half-open range on the agent’s clock', () => {
    const range = rangeOf('2026-06-10', '2026-06-10');
    expect(range && range.to - range.from).toBe(DAY);
    expect(rangeOf('2026-11-02', '2026-11-01')).toBeNull();
    expect(rangeOf('', '2026-11-01')).toBeNull();
  });
});
