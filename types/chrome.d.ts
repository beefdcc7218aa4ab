// Code that Playwright evaluates inside the extension's service worker uses Chrome's own global.
import type { browser } from 'wxt/browser';

declare global {
  var chrome: typeof browser;
}
