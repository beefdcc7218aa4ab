/** The Notes section rendered over its own database, and calls started in it, for the notes component tests. */
import { render, screen } from '@testing-library/react';
import { NotesSection } from '@/components/notes/NotesSection';
import { DbProvider } from '@/components/shell/db';
import { I18nProvider } from '@/components/shell/i18n';
import { SettingsProvider } from '@/components/shell/settings-context';
import type { AccountContext } from '@/lib/crm/context';
import { CallAssistDB, type CallRecord, startCall, updateCall } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { defaultSettings } from '@/lib/settings';
import { account, defaultPack, settled } from './render-panel';

const active = defaultPack();
if (!active.ok) throw new Error('default pack');
export const pack = active.pack;
export const DAY = 24 * 60 * 60 * 1000;

let count = 0;
/** A database of its own for one test. */
export const freshDb = () => new CallAssistDB(`notes-test-${++count}`);

export async function setup(
  options: { db?: CallAssistDB; context?: AccountContext; call?: CallRecord | null; locale?: Locale } = {},
) {
  const db = options.db ?? freshDb();
  const context = options.context ?? account('CC20240002', '王芳', 321000, 12);
  const locale = options.locale ?? 'zh-CN';
  const settings = { ...defaultSettings(), locale };
  const ui = (call: CallRecord | null) => (
    <SettingsProvider settings={settings}>
      <I18nProvider locale={locale}>
        <DbProvider db={db}>
          <NotesSection pack={pack} context={context} call={call} />
        </DbProvider>
      </I18nProvider>
    </SettingsProvider>
  );
  const result = render(ui(options.call ?? null));
  await settled(result.container);
  const rerenderWith = async (call: CallRecord | null) => {
    result.rerender(ui(call));
    await settled(result.container);
  };
  return { ...result, db, context, rerenderWith };
}

export async function callFor(db: CallAssistDB, accountKey = 'CC20240002', patch?: (c: CallRecord) => void) {
  const started = await startCall(db, {
    accountKey,
    adapterId: 'demo-crm',
    packId: pack.id,
    packVersion: pack.version,
    segmentId: 'seg-early',
  });
  if (!started.ok) throw new Error(started.message.en);
  if (!patch) return started.call;
  const updated = await updateCall(db, started.call.id, (c) => {
    patch(c);
    return c;
  });
  if (!updated.ok) throw new Error(updated.message.en);
  return updated.call;
}

export const noteBox = () => screen.getByLabelText('本账户笔记') as HTMLTextAreaElement;
