import { CRM_ADAPTER_CHANGED, CRM_PING } from '@/lib/crm/context';
import { extractAccount } from '@/lib/crm/extract';
import { createReporter } from '@/lib/crm/reporter';
import { type CrmWatch, watchCrm } from '@/lib/crm/watch';
import { send } from '@/lib/messaging/send';
import type { Adapter } from '@/lib/pack/schema';
import { bundledTraditional, type TraditionalTable } from '@/lib/text/traditional';

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
    // Each adapter's page is folded with the part of the table (which this script is built
    // without) the background sends for the words that adapter compares.
    const tables = new WeakMap<Adapter, TraditionalTable>();
    const reporter = createReporter({
      adapterFor: async (url) => {
        const reply = await send('crm/adapter-for', { url });
        if (reply.adapter) tables.set(reply.adapter, bundledTraditional.learned(reply.traditional));
        return reply.adapter;
      },
      extract: (adapter, url, now) => extractAccount(document, adapter, now, url, tables.get(adapter)),
      send: async (report) => {
        await send('crm/report', report);
      },
      now: () => Date.now(),
      settle: () => watch?.settle(),
    });
    watch = watchCrm({ window, signal: ctx.signal, onChange: () => void reporter.update(location.href) });

    const onMessage = (message: unknown) => {
      const name = (message as { name?: unknown } | null)?.name;
      // The background asks whether this document still shows the tab (issue 15 item 10).
      if (name === CRM_PING) return Promise.resolve({ ok: true });
      // Settings or the active pack changed: the adapter may have too, so ask again.
      if (name === CRM_ADAPTER_CHANGED) {
        reporter.forgetAdapter();
        watch?.readNow();
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
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
      window.removeEventListener('pageshow', onPageShow);
    });
  },
});
