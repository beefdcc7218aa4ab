/**
 * Host suffixes under which anyone registers or hosts a site (red team 13): a match pattern
 * `https://*.com.cn/*` names no bank, it reaches every .com.cn site, as `*.com` does. Not the whole
 * Public Suffix List (its ~9,000 rules would weigh on the background and options bundles): the
 * generic second levels of country domains, China's provincial .cn domains, the shared hosting
 * and object-storage suffixes a CRM or a phishing page could sit on, and numeric tails that
 * wildcard every IP address ending in them (`*.0.0.1`).
 */

/** `com.cn`, `co.uk`, `gov.hk`, `ac.jp`, `or.kr`, `gob.mx` …: a generic label under a two-letter country. */
const GENERIC_SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gen',
  'gob',
  'go',
  'gov',
  'gv',
  'id',
  'in',
  'info',
  'int',
  'biz',
  'ltd',
  'me',
  'mil',
  'ne',
  'net',
  'nic',
  'nom',
  'or',
  'org',
  'plc',
  'sch',
  'web',
  'firm',
  'ind',
]);

/** The provincial second-level domains of .cn (bj.cn, sh.cn, gd.cn …), each open to registration. */
const CN_PROVINCES = new Set(
  'ah bj cq fj gd gs gx gz ha hb he hi hk hl hn jl js jx ln mo nm nx qh sc sd sh sn sx tj tw xj xz yn zj'.split(
    ' ',
  ),
);

/** Shared hosting and storage: anyone's page lives under these. */
const SHARED_HOSTS = new Set([
  'github.io',
  'gitlab.io',
  'gitee.io',
  'pages.dev',
  'workers.dev',
  'vercel.app',
  'netlify.app',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'herokuapp.com',
  'blogspot.com',
  'azurewebsites.net',
  'cloudfront.net',
  'amazonaws.com',
  'aliyuncs.com',
  'myqcloud.com',
  'bcebos.com',
  'qiniucdn.com',
  'ngrok.io',
  'ngrok-free.app',
  'trycloudflare.com',
  'glitch.me',
  'repl.co',
  'onrender.com',
]);

/**
 * Whether `*.<base>` would cover sites of anyone: `base` (lower case, no trailing dot) is a
 * registry or hosting suffix, or a run of numbers (the tail of IP addresses).
 */
export function isOpenSuffix(base: string): boolean {
  const labels = base.toLowerCase().split('.');
  if (labels.length < 2) return true; // `*.com`, `*.cn`: a top-level domain
  if (labels.every((label) => /^\d+$/.test(label))) return true;
  const host = labels.join('.');
  if (SHARED_HOSTS.has(host)) return true;
  if (labels.length !== 2) return false;
  const [second = '', country = ''] = labels;
  if (!/^[a-z]{2}$/.test(country)) return false;
  return GENERIC_SECOND_LEVEL.has(second) || (country === 'cn' && CN_PROVINCES.has(second));
}
