/**
 * The traditional table the content script is built with (wxt.config.ts): empty. The content
 * script's budget is 12 KB gzip (test/e2e/budgets.spec.ts) and the table alone takes 9.6 KB of it;
 * the content script folds only CRM labels, which a pack copies from the page it reads (red team 10).
 */
export const TRADITIONAL_STEPS = '';
