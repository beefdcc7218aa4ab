import { crmOriginPatterns } from '@/lib/crm/origins';

describe('CRM origins granted at build time', () => {
  it('turns origins into host match patterns without ports', () => {
    expect(crmOriginPatterns('http://127.0.0.1:5178, https://crm.bank.cn/path?q=1')).toEqual([
      'http://127.0.0.1/*',
      'https://crm.bank.cn/*',
    ]);
  });

  it('drops anything that is not an http(s) origin, so a typo never widens access', () => {
    expect(crmOriginPatterns('<all_urls>, *://*/*, file:///etc, javascript:alert(1), , ftp://x')).toEqual([]);
  });

  it('is empty for an empty list', () => {
    expect(crmOriginPatterns('')).toEqual([]);
  });
});
