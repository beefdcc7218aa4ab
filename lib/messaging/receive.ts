/**
 * The receiving side: handlers in one object (checked with `satisfies Handlers`), each payload
 * validated with its schema before the handler sees it. A bad message gets `{ error }`, never a throw.
 */

import type { z } from 'zod';
import { type MessageName, type Protocol, protocol, type Role } from './protocol';

export interface Sender {
  /** Decided by the background from the browser's sender record (`roleOf`), never from the message. */
  role: Role | null;
  tabId?: number;
  url?: string;
  /** The sending document (Chrome); tells a new page from a same-document navigation. */
  documentId?: string;
}

/** What the browser says about a sender (runtime.MessageSender / Port.sender). */
export interface BrowserSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  documentId?: string;
}

/**
 * The sender's role (issue 16 §8): an extension page when its origin is this extension's own
 * (side panel, options; Chrome gives `origin`, Firefox only `url`); a content script when it
 * comes from a tab's web page; anything else (another extension, no URL) has no role.
 */
export function roleOf(sender: BrowserSender, extensionId: string, extensionOrigin: string): Role | null {
  if (sender.id !== undefined && sender.id !== extensionId) return null;
  // URL.origin is "null" for chrome-extension: and moz-extension: URLs in some engines: read it by hand.
  const origin =
    sender.origin !== undefined && sender.origin !== 'null'
      ? sender.origin
      : /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.exec(sender.url ?? '')?.[0];
  if (origin === undefined) return null;
  if (origin === extensionOrigin.replace(/\/$/, '')) return 'extension-page';
  return sender.tab?.id === undefined ? null : 'content';
}

export type Handlers = {
  [N in MessageName]: (
    payload: z.output<Protocol[N]['request']>,
    sender: Sender,
  ) => Promise<z.input<Protocol[N]['reply']>>;
};

export async function dispatch(
  handlers: Partial<Handlers>,
  message: unknown,
  sender: Sender,
): Promise<unknown> {
  if (typeof message !== 'object' || message === null || !('name' in message)) {
    return { error: 'Not a Call Assist message' };
  }
  const name = (message as { name: unknown }).name;
  if (typeof name !== 'string' || !Object.hasOwn(protocol, name)) {
    return { error: `Unknown message ${String(name)}` };
  }
  const key = name as MessageName;
  const handler = handlers[key] as ((payload: unknown, sender: Sender) => Promise<unknown>) | undefined;
  if (!handler) return { error: `No handler for ${key}` };
  const from = protocol[key].from;
  if (sender.role !== from) {
    return {
      error: `${key} is accepted only from ${from === 'content' ? 'a content script' : 'extension pages'}`,
    };
  }
  const parsed = protocol[key].request.safeParse((message as { payload?: unknown }).payload);
  if (!parsed.success) {
    return { error: `Invalid ${key}: ${parsed.error.issues[0]?.message ?? 'bad payload'}` };
  }
  try {
    return await handler(parsed.data, sender);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
