import { dispatch, type Handlers } from '@/lib/messaging/receive';

const account = {
  kind: 'account',
  context: {
    adapterId: 'demo-crm',
    accountKey: 'CC1',
    fields: { name: { raw: '张伟', value: '张伟', parse: 'text', source: { selector: '#customer-name' } } },
    problems: [],
    url: 'http://127.0.0.1/accounts/CC1',
    readAt: 1,
  },
} as const;

describe('dispatch validates every message before a handler sees it', () => {
  const seen: unknown[] = [];
  const handlers: Partial<Handlers> = {
    'crm/report': async (report, sender) => {
      seen.push({ report, sender });
      return { ok: true };
    },
    'crm/register-origins': async () => {
      throw new Error('storage is gone');
    },
  };

  beforeEach(() => {
    seen.length = 0;
  });

  it('passes a valid report with its sender', async () => {
    const reply = await dispatch(handlers, { name: 'crm/report', payload: account }, { tabId: 7 });
    expect(reply).toEqual({ ok: true });
    expect(seen).toEqual([{ report: account, sender: { tabId: 7 } }]);
  });

  it.each([
    ['not an object', 'hello', /Not a Call Assist message/],
    [
      'unknown name',
      { name: 'crm/delete-everything', payload: {} },
      /Unknown message crm\/delete-everything/,
    ],
    ['prototype name', { name: 'toString', payload: {} }, /Unknown message toString/],
    ['no handler', { name: 'crm/adapter-for', payload: { url: 'x' } }, /No handler for crm\/adapter-for/],
    ['bad payload', { name: 'crm/report', payload: { kind: 'account' } }, /Invalid crm\/report/],
    [
      'unknown key smuggled in',
      { name: 'crm/report', payload: { ...account, html: '<img onerror=alert(1)>' } },
      /Invalid crm\/report/,
    ],
  ])('refuses %s with a message and never calls the handler', async (_name, message, error) => {
    const reply = (await dispatch(handlers, message, {})) as { error: string };
    expect(reply.error).toMatch(error);
    expect(seen).toEqual([]);
  });

  it('turns a handler failure into an error reply instead of a throw', async () => {
    const reply = await dispatch(handlers, { name: 'crm/register-origins', payload: { origins: [] } }, {});
    expect(reply).toEqual({ error: 'storage is gone' });
  });
});
