import { extractAccount } from '@/lib/crm/extract';
import { createReporter } from '@/lib/crm/reporter';
import { watchCrm } from '@/lib/crm/watch';
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

    const reporter = createReporter({
      adapterFor: async (url) => (await send('crm/adapter-for', { url })).adapter,
      extract: (adapter, url, now) => extractAccount(document, adapter, now, url),
      send: async (report) => {
        await send('crm/report', report);
      },
      now: () => Date.now(),
    });
    watchCrm({ window, signal: ctx.signal, onChange: () => void reporter.update(location.href) });
  },
});
