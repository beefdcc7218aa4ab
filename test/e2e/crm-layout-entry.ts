/** The extractor as the content script runs it, for crm-layout.spec.ts (bundled into a test page). */
import { extractAccount } from '../../lib/crm/extract';
import type { Adapter } from '../../lib/pack/schema';

(globalThis as unknown as { readCrm: (adapter: Adapter) => unknown }).readCrm = (adapter) =>
  extractAccount(document, adapter, 0, 'http://127.0.0.1/');
