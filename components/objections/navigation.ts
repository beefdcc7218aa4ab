/**
 * How the Objections section reaches the rest of the panel without owning it: sections are tabs
 * in the shell (PanelView), so switching is a click on the tab, and a request to focus the search
 * box waits here until the box is on screen (the section may be mounting for the first time).
 */

type Listener = () => void;

let focusPending = false;
const listeners = new Set<Listener>();

/** Shows a section by clicking its tab, as the agent would. */
export function showSection(id: string): void {
  const tab = document.getElementById(`tab-${id}`);
  if (!(tab instanceof HTMLElement)) return;
  if (tab.getAttribute('aria-selected') !== 'true') tab.click();
  tab.focus();
}

/** `/` from anywhere: open the Objections tab and focus its search box. */
export function openSearch(): void {
  focusPending = true;
  showSection('objections');
  for (const listener of listeners) listener();
}

/** The search box calls this when it mounts and whenever a focus request arrives. */
export function takeFocusRequest(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

export function onFocusRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export { isTyping } from '@/components/shell/keys';

/** Where the plan preset travels to the Plan section: `#plan=<type>` on the panel's URL. */
export function presetPlan(plan: string): void {
  history.replaceState(history.state, '', `#plan=${encodeURIComponent(plan)}`);
  // replaceState fires no event of its own: tell a Plan section that is already mounted.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  showSection('plan');
}
