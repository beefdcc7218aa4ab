import { dispatch, type Handlers, roleOf } from '@/lib/messaging/receive';

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
    const reply = await dispatch(
      handlers,
      { name: 'crm/report', payload: account },
      { role: 'content', tabId: 7 },
    );
    expect(reply).toEqual({ ok: true });
    expect(seen).toEqual([{ report: account, sender: { role: 'content', tabId: 7 } }]);
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
    const reply = (await dispatch(handlers, message, { role: 'content' })) as { error: string };
    expect(reply.error).toMatch(error);
    expect(seen).toEqual([]);
  });

  it('turns a handler failure into an error reply instead of a throw', async () => {
    const reply = await dispatch(
      handlers,
      { name: 'crm/register-origins', payload: { origins: [] } },
      {
        role: 'extension-page',
      },
    );
    expect(reply).toEqual({ error: 'storage is gone' });
  });
});

describe('messages are accepted by the sender’s role (issue 16 §8)', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const ORIGIN = `chrome-extension://${ID}/`;
  const calls: string[] = [];
  const handlers: Partial<Handlers> = {
    'pack/import': async () => {
      calls.push('import');
      return { at: 1, outcome: 'unchanged' } as never;
    },
    'pack/check-now': async () => {
      calls.push('check');
      return { at: 1, outcome: 'unchanged' } as never;
    },
    'crm/register-origins': async () => {
      calls.push('register');
      return { registered: [] };
    },
    'crm/report': async () => {
      calls.push('report');
      return { ok: true };
    },
  };
  beforeEach(() => {
    calls.length = 0;
  });

  it.each([
    [
      'the side panel (Chrome: origin, no tab)',
      { id: ID, origin: `chrome-extension://${ID}`, url: `${ORIGIN}sidepanel.html` },
      'extension-page',
    ],
    [
      'a page of another extension origin in a tab is a web page, not ours',
      { id: ID, url: `moz-extension://${ID}/options.html`, tab: { id: 3 } },
      'content',
    ],
    ['the options page in a tab', { id: ID, url: `${ORIGIN}options.html`, tab: { id: 3 } }, 'extension-page'],
    [
      'a CRM page’s content script',
      { id: ID, url: 'https://crm.bank.cn/acct/1', origin: 'https://crm.bank.cn', tab: { id: 7 } },
      'content',
    ],
    [
      'a CRM page pretending with a path',
      { id: ID, url: `https://crm.bank.cn/${ORIGIN}`, tab: { id: 7 } },
      'content',
    ],
    ['another extension', { id: 'other', url: `chrome-extension://other/x.html` }, null],
    ['no URL and no tab', { id: ID }, null],
  ] as const)('%s', (_name, sender, role) => {
    expect(roleOf(sender, ID, ORIGIN)).toBe(role);
  });

  it('refuses pack/import, pack/check-now and crm/register-origins from a content script', async () => {
    for (const [name, payload] of [
      ['pack/import', { text: '{}' }],
      ['pack/check-now', {}],
      ['crm/register-origins', { origins: ['https://evil.example/*'] }],
    ] as const) {
      const reply = (await dispatch(handlers, { name, payload }, { role: 'content', tabId: 7 })) as {
        error: string;
      };
      expect(reply.error).toMatch(/only from extension pages/);
    }
    expect(calls).toEqual([]);
  });

  it('accepts them from an extension page, and refuses a CRM report from one', async () => {
    await dispatch(handlers, { name: 'pack/check-now', payload: {} }, { role: 'extension-page' });
    const report = (await dispatch(
      handlers,
      { name: 'crm/report', payload: account },
      { role: 'extension-page' },
    )) as {
      error: string;
    };
    expect(report.error).toMatch(/only from a content script/);
    expect(calls).toEqual(['check']);
  });

  it('refuses every message from a sender with no role', async () => {
    const reply = (await dispatch(handlers, { name: 'pack/check-now', payload: {} }, { role: null })) as {
      error: string;
    };
    expect(reply.error).toMatch(/only from extension pages/);
    expect(calls).toEqual([]);
  });
});
