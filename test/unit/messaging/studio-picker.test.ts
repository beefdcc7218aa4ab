import { protocol } from '@/lib/messaging/protocol';
import { dispatch, type Handlers } from '@/lib/messaging/receive';

const handlers: Partial<Handlers> = {
  'studio/pick': async () => ({ picked: null }),
  'studio/read': async () => {
    throw new Error('not reached');
  },
};

describe('the Studio picker’s messages (issue 17 item 6)', () => {
  it('are accepted from extension pages only: a CRM page cannot start a pick or read a tab', async () => {
    const pick = { name: 'studio/pick', payload: { tabId: 3, hint: 'click' } };
    expect(await dispatch(handlers, pick, { role: 'extension-page' })).toEqual({ picked: null });
    expect(await dispatch(handlers, pick, { role: 'content', tabId: 3 })).toEqual({
      error: 'studio/pick is accepted only from extension pages',
    });
    expect(await dispatch(handlers, pick, { role: null })).toHaveProperty('error');
  });

  it('refuse a read without a valid adapter', async () => {
    const read = { name: 'studio/read', payload: { tabId: 3, adapter: { id: 'x' } } };
    expect(await dispatch(handlers, read, { role: 'extension-page' })).toEqual({
      error: expect.stringMatching(/^Invalid studio\/read/),
    });
  });

  it('let nothing but the label, selector and text of the picked element out of the page', () => {
    const reply = protocol['studio/pick'].reply;
    const picked = { text: '¥8,420.50', selector: 'td', label: '逾期金额', labelWorks: true };
    expect(reply.safeParse({ picked }).success).toBe(true);
    expect(reply.safeParse({ picked: { ...picked, html: '<td>¥8,420.50</td>' } }).success).toBe(false);
    expect(reply.safeParse({ picked: { ...picked, text: 'x'.repeat(501) } }).success).toBe(false);
  });
});
