import { withCallFlags } from '@/lib/compliance/call-flags';
import { evaluateRules } from '@/lib/compliance/evaluate';
import type { AccountContext } from '@/lib/crm/context';
import type { Rule } from '@/lib/pack/schema';

const stop: Rule = {
  id: 'stop',
  type: 'stopFlag',
  title: 'Stop flags',
  source: 'policy',
  severity: 'block',
  field: 'flags',
  flags: [{ flag: 'crisis', severity: 'block', reason: 'Self-harm mentioned: stop and escalate' }],
};

const context = (flags?: string[]): AccountContext => ({
  adapterId: 'a',
  accountKey: 'K',
  fields: flags
    ? { flags: { raw: flags.join(','), value: flags, parse: 'list', source: { selector: '#f' } } }
    : {},
  problems: flags ? [] : [{ field: 'flags', problem: 'missing', required: false }],
  url: 'u',
  readAt: 0,
});

const level = (c: AccountContext | null) =>
  evaluateRules({
    rules: [stop],
    context: c,
    packTimezone: 'Asia/Shanghai',
    now: 0,
    history: [],
    call: null,
  })[0]?.level;

describe('flags raised during the call', () => {
  it('block like the CRM’s own stop flags', () => {
    expect(level(context(['hardship']))).toBe('ok');
    expect(level(withCallFlags(context(['hardship']), [stop], ['crisis']))).toBe('block');
  });

  it('add the flag field when the CRM page has none, and drop its "missing" problem', () => {
    const merged = withCallFlags(context(), [stop], ['crisis']);
    expect(merged?.fields.flags?.value).toEqual(['crisis']);
    expect(merged?.problems).toEqual([]);
    expect(level(merged)).toBe('block');
  });

  it('change nothing without call flags or without an account', () => {
    const c = context(['hardship']);
    expect(withCallFlags(c, [stop], [])).toBe(c);
    expect(withCallFlags(null, [stop], ['crisis'])).toBeNull();
  });
});
