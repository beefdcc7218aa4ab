/**
 * The receiving side: handlers in one object (checked with `satisfies Handlers`), each payload
 * validated with its schema before the handler sees it. A bad message gets `{ error }`, never a throw.
 */

import type { z } from 'zod';
import { type MessageName, type Protocol, protocol } from './protocol';

export interface Sender {
  tabId?: number;
  url?: string;
  /** The sending document (Chrome); tells a new page from a same-document navigation. */
  documentId?: string;
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
