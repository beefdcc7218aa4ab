import { adapterFor, globMatches, matchesPattern } from '../../../lib/crm/match';
import type { Adapter } from '../../../lib/pack/schema';
import { demoAdapter } from '../../fixtures/crm/demo-adapter';
import { growth } from '../../helpers/growth';

describe('matchesPattern', () => {
  it.each([
    ['http://127.0.0.1/*', 'http://127.0.0.1:5178/accounts/CC20240001'],
    ['http://127.0.0.1/*', 'http://127.0.0.1/'],
    ['http://127.0.0.1:5178/*', 'http://127.0.0.1:9999/'],
    ['http://localhost/*', 'http://LOCALHOST:3000/x?y=1'],
    ['*://crm.bank.cn/*', 'https://crm.bank.cn/a'],
    ['*://crm.bank.cn/*', 'http://crm.bank.cn/a'],
    ['https://*.bank.cn/*', 'https://bank.cn/'],
    ['https://*.bank.cn/*', 'https://crm.sh.bank.cn/x'],
    ['https://*/*', 'https://anything.example/'],
    ['https://crm.bank.cn/collect/*', 'https://crm.bank.cn/collect/acct/1'],
    ['https://crm.bank.cn/collect/*/detail', 'https://crm.bank.cn/collect/a/b/detail'],
    ['https://crm.bank.cn/*?tab=*', 'https://crm.bank.cn/acct?tab=info'],
    ['https://crm.bank.cn/acct', 'https://crm.bank.cn/acct#tab'],
    ['http://[::1]/*', 'http://[::1]:8080/x'],
    ['<all_urls>', 'https://crm.bank.cn/'],
    ['file:///*', 'file:///home/a.html'],
  ])('%s matches %s', (pattern, url) => {
    expect(matchesPattern(pattern, url)).toBe(true);
  });

  it.each([
    ['http://127.0.0.1/*', 'https://127.0.0.1/'],
    ['http://127.0.0.1/*', 'http://127.0.0.2/'],
    ['*://crm.bank.cn/*', 'ftp://crm.bank.cn/'],
    ['*://crm.bank.cn/*', 'file:///crm.bank.cn/'],
    ['https://*.bank.cn/*', 'https://evilbank.cn/'],
    ['https://*.bank.cn/*', 'https://bank.cn.evil.com/'],
    ['https://crm.bank.cn/collect/*', 'https://crm.bank.cn/other/'],
    ['https://crm.bank.cn/acct', 'https://crm.bank.cn/acct/1'],
    ['https://crm.bank.cn/Acct', 'https://crm.bank.cn/acct'],
    ['https://crm.*.cn/*', 'https://crm.bank.cn/'],
    ['https://crm.bank.cn', 'https://crm.bank.cn/'],
    ['crm.bank.cn/*', 'https://crm.bank.cn/'],
    ['', 'https://crm.bank.cn/'],
    ['https://*./*', 'https://crm.bank.cn/'],
    ['http://127.0.0.1/*', 'not a url'],
    ['<all_urls>', 'chrome://extensions/'],
  ])('%s does not match %s', (pattern, url) => {
    expect(matchesPattern(pattern, url)).toBe(false);
  });

  it('a pathological glob takes time that grows with the address, not exponentially', () => {
    const glob = `/${'*a'.repeat(40)}b`;
    expect(globMatches(glob, `/${'a'.repeat(4000)}`)).toBe(false);
    // Backtracking over 40 stars would grow far faster than 4× for a 4× longer address.
    expect(growth((n) => globMatches(glob, `/${'a'.repeat(n)}`), 1_000)).toBeLessThan(9);
  });
});

describe('adapterFor', () => {
  const other: Adapter = { ...demoAdapter, id: 'bank-crm', match: ['https://crm.bank.cn/*'] };
  const catchAll: Adapter = { ...demoAdapter, id: 'catch-all', match: ['<all_urls>'] };

  it('returns the first adapter whose pattern matches', () => {
    expect(adapterFor([other, demoAdapter], 'http://localhost:5178/accounts/CC20240001')?.id).toBe(
      'demo-crm',
    );
    expect(adapterFor([other, catchAll, demoAdapter], 'http://127.0.0.1:5178/')?.id).toBe('catch-all');
    expect(adapterFor([other, demoAdapter], 'https://crm.bank.cn/acct/9')?.id).toBe('bank-crm');
  });

  it('returns null when none matches', () => {
    expect(adapterFor([other, demoAdapter], 'https://example.com/')).toBeNull();
    expect(adapterFor([], 'http://127.0.0.1/')).toBeNull();
  });
});
