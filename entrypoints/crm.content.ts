import { CRM_PING } from '@/lib/crm/context';
import { extractAccount } from '@/lib/crm/extract';
import { createReporter } from '@/lib/crm/reporter';
import { type CrmWatch, watchCrm } from '@/lib/crm/watch';
import { send } from '@/lib/messaging/send';

declare global {
  var __callAssistCrm: boolean | undefined;
}

export default defineContentScript({
  // Registered at run time (or from the manifest for build-time origins, see wxt.config.ts).
  matches: ['http://127.0.0.1/*'],
  registration: 'runtime',
  main(ctx) {
    // The script can be injected twice (manifest + scripting.executeScript after a grant).
    if (globalThis.__callAssistCrm) return;
    globalThis.__callAssistCrm = true;
    ctx.onInvalidated(() => {
      globalThis.__callAssistCrm = undefined;
    });

    let watch: CrmWatch | null = null;
    const reporter = createReporter({
      adapterFor: async (url) => (await send('crm/adapter-for', { url })).adapter,
      extract: (adapter, url, now) => extractAccount(document, adapter, now, url),
      send: async (report) => {
        await send('crm/report', report);
      },
      now: () => Date.now(),
      settle: () => watch?.settle(),
    });
    watch = watchCrm({ window, signal: ctx.signal, onChange: () => void reporter.update(location.href) });

    // The background asks whether this document still shows the tab (issue 15 item 10).
    const onMessage = (message: unknown) =>
      (message as { name?: unknown } | null)?.name === CRM_PING ? Promise.resolve({ ok: true }) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    // Settings and pack installs live in storage.local: the active pack, hence the adapter, may
    // have changed. Changes there are rare, so any of them re-asks.
    const onStorage = (_changes: unknown, area: string) => {
      if (area !== 'local') return;
      reporter.forgetAdapter();
      watch?.readNow();
    };
    browser.storage.onChanged.addListener(onStorage);
    // Back from the back/forward cache: the background cleared this tab when it left, so the page
    // is sent again even if nothing on it changed.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      reporter.reset();
      watch?.readNow();
    };
    window.addEventListener('pageshow', onPageShow);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
      window.removeEventListener('pageshow', onPageShow);
    });
  },
});
