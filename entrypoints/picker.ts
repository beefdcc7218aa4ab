/**
 * The Studio's field picker (issue 17 item 6): injected on demand into one granted CRM tab by the
 * background (`scripting.executeScript`), never part of the always-on content script. It installs
 * its functions in the extension's isolated world; the background then calls them with its
 * arguments and gets back only the picked label, selector and text, or an extractor report.
 */
import { extractAccount } from '@/lib/crm/extract';
import type { Adapter } from '@/lib/pack/schema';
import { cancelPick, pickOnPage } from '@/lib/studio/picker-highlight';

export interface PickerApi {
  pick: (hint: string) => ReturnType<typeof pickOnPage>;
  cancel: () => void;
  read: (adapter: Adapter) => ReturnType<typeof extractAccount>;
}

declare global {
  var __callAssistPicker: PickerApi | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.__callAssistPicker ??= {
    pick: (hint) => pickOnPage(document, hint),
    cancel: cancelPick,
    read: (adapter) => extractAccount(document, adapter, Date.now(), location.href),
  };
});
