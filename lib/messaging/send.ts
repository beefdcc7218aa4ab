/** Typed sending. Imports only types from the protocol, so the content script carries no zod. */
import type { MessageName, Reply, Request } from './protocol';

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  payload: Request<N>;
}

export async function send<N extends MessageName>(name: N, payload: Request<N>): Promise<Reply<N>> {
  const envelope: Envelope<N> = { name, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<N> | { error: string } | undefined;
  if (reply === undefined) throw new Error(`No reply to ${name}`);
  if (typeof reply === 'object' && reply !== null && 'error' in reply) throw new Error(reply.error);
  return reply as Reply<N>;
}
