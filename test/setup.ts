import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { format } from 'node:util';
import { cleanup, configure } from '@testing-library/react';
// Options-page and Studio components are rendered without their entry point, which adds these.
import '@/lib/i18n/page-strings';

// On a loaded 2-core machine a live query can take seconds to settle; findBy/waitFor must not fail on timing.
configure({ asyncUtilTimeout: 10_000 });

// Code-review debt (2026-11 §9): a state update outside act() means a test asserted before the panel settled and
// could pass or fail with the machine's load. Any such warning fails the test during (or after) which it was printed.
const actWarnings: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const text = format(...args);
  if (text.includes('not wrapped in act')) actWarnings.push(text.split('\n')[0] ?? text);
  consoleError(...args);
};
afterEach(() => {
  // Unmount first (this hook runs before Testing Library's own cleanup), so a failure here leaves no panel behind.
  cleanup();
  const found = [...new Set(actWarnings)];
  actWarnings.length = 0;
  if (found.length > 0) throw new Error(`React state updated outside act(): ${found.join('; ')}`);
});

// The Studio keeps where the lead is (tab, open card) in sessionStorage, which jsdom keeps for a whole file.
afterEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
