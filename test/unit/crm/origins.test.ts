import { crmOriginPatterns } from '@/lib/crm/origins';

describe('CRM origins granted at build time', () => {
  it('turns origins into host match patterns that keep the port (Chrome/Edge honour it)', () => {
    expect(
      crmOriginPatterns('http://127.0.0.1:5178, https://crm.bank.cn/path?q=1, https://crm.bank.cn:443'),
    ).toEqual(['http://127.0.0.1:5178/*', 'https://crm.bank.cn/*']);
    expect(crmOriginPatterns('https://crm.bank.cn:8443/login')).toEqual(['https://crm.bank.cn:8443/*']);
  });

  it('drops the port where patterns cannot take one (Firefox)', () => {
    expect(crmOriginPatterns('https://crm.bank.cn:8443, http://127.0.0.1:5178', { ports: false })).toEqual([
      'https://crm.bank.cn/*',
      'http://127.0.0.1/*',
    ]);
  });

  it('drops anything that is not an http(s) origin, so a typo never widens access', () => {
    expect(crmOriginPatterns('<all_urls>, *://*/*, file:///etc, javascript:alert(1), , ftp://x')).toEqual([]);
  });

  it('is empty for an empty list', () => {
    expect(crmOriginPatterns('')).toEqual([]);
  });
});
