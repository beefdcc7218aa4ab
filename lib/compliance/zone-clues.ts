/**
 * Where a phone number or a region text places the debtor: mainland China keeps Beijing time, NANP
 * numbers and addresses go by area code, state or province (nanp-regions.ts).
 */
import { foldText, foldWithOffsets } from '../text/fold';
import { NANP_REGIONS, zoneOfAreaCode } from './nanp-regions';

// ---- Phone numbers ---------------------------------------------------------------------------

const CHINA_ZONE = 'Asia/Shanghai';

/** Which country a number written without a country code belongs to, from the pack's zone. */
type HomePlan = 'CN' | 'NANP' | null;

function homePlanOf(packTimezone: string): HomePlan {
  if (['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'Asia/Urumqi', 'PRC'].includes(packTimezone)) {
    return 'CN';
  }
  if (/^(America|US|Canada)\//.test(packTimezone) || packTimezone === 'Pacific/Honolulu') return 'NANP';
  return null;
}

// China: mobile 1[3-9]x xxxx xxxx; landline 0 + area code (2–3 digits) + 7–8 digits.
const CN_MOBILE = /^1[3-9]\d{9}$/;
const CN_LANDLINE = /^0[1-9]\d{8,10}$/;
const NANP_NATIONAL = /^[2-9]\d{2}[2-9]\d{6}$/;

function nanpZone(national: string): string | null {
  return NANP_NATIONAL.test(national) ? zoneOfAreaCode(Number(national.slice(0, 3))) : null;
}

/**
 * The zone a phone number points to, or null. The whole of mainland China keeps Beijing time
 * (Asia/Shanghai). A number without a country code is read in the pack's home country when the
 * pattern is ambiguous (13800138000 is a China mobile and also +1 380…).
 */
export function zoneFromPhone(phone: string, packTimezone = ''): string | null {
  // CRM text is folded first: ＋１ ２１２… typed in full width read no digit and placed the debtor
  // nowhere, so only the pack's zone was checked (session 13).
  const trimmed = foldText(phone).trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  const full = digits.startsWith('00') ? digits.slice(2) : digits;

  if (international) {
    if (full.startsWith('86')) {
      const rest = full.slice(2);
      return CN_MOBILE.test(rest) || CN_LANDLINE.test(`0${rest}`) ? CHINA_ZONE : null;
    }
    if (full.startsWith('1')) return nanpZone(full.slice(1));
    return null;
  }

  const home = homePlanOf(packTimezone);
  const cn = CN_MOBILE.test(digits) || CN_LANDLINE.test(digits);
  const nanp = nanpZone(digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits);
  if (cn && nanp) return home === 'NANP' ? nanp : CHINA_ZONE;
  if (cn) return CHINA_ZONE;
  if (nanp) return nanp;
  // 86 + national number written without the plus.
  if (
    digits.startsWith('86') &&
    (CN_MOBILE.test(digits.slice(2)) || CN_LANDLINE.test(`0${digits.slice(2)}`))
  ) {
    return CHINA_ZONE;
  }
  return null;
}

// ---- Region text -----------------------------------------------------------------------------

/** Provincial-level divisions and large cities of mainland China: all on Beijing time. */
const CHINA_PLACES = [
  '中国',
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '深圳',
  '广州',
  '杭州',
  '南京',
  '苏州',
  '成都',
  '武汉',
  '西安',
  '长沙',
  '郑州',
  '沈阳',
  '大连',
  '青岛',
  '济南',
  '厦门',
  '福州',
  '宁波',
  '无锡',
  '合肥',
  '昆明',
  '南宁',
  '南昌',
  '贵阳',
  '太原',
  '石家庄',
  '哈尔滨',
  '长春',
  '兰州',
  '乌鲁木齐',
  '呼和浩特',
  '东莞',
  '佛山',
  '珠海',
  '温州',
  '海口',
  '三亚',
];

const CHINA_PLACES_LATIN =
  /\b(china|prc|beijing|shanghai|tianjin|chongqing|guangdong|guangzhou|shenzhen|hangzhou|nanjing|chengdu|wuhan)\b/i;

const OTHER_CHINESE_REGIONS: [RegExp, string][] = [
  [/香港|hong\s*kong/i, 'Asia/Hong_Kong'],
  [/澳门|macau|macao/i, 'Asia/Macau'],
  [/台湾|台北|taiwan|taipei/i, 'Asia/Taipei'],
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Longest names first, so "West Virginia" wins over "Virginia" and "Washington, DC" over "Washington".
const NANP_NAMES: { pattern: RegExp; zone: string }[] = NANP_REGIONS.flatMap((r) =>
  [r.name, ...(r.aliases ?? [])].map((name) => ({ name, zone: r.zone })),
)
  .sort((a, b) => b.name.length - a.name.length)
  .map(({ name, zone }) => ({
    pattern: /^[\p{Script=Han}]/u.test(name)
      ? new RegExp(escapeRegExp(name))
      : new RegExp(`(?<![A-Za-z])${escapeRegExp(name)}(?![A-Za-z])`, 'i'),
    zone,
  }));

const NANP_ABBRS: ReadonlyMap<string, string> = new Map(NANP_REGIONS.map((r) => [r.abbr, r.zone]));

/**
 * The zone a region text names (`上海市`, `广东省深圳市`, `Austin, TX 78701`, `California`), or null.
 * Two-letter state codes count only in capitals, so the words "in", "or", "me" are not states.
 */
export function zoneFromRegion(region: string): string | null {
  // Matched on the one folding (繁體 臺北 / 黑龍江, full-width Ｃａｌｉｆｏｒｎｉａ, invisible characters):
  // CRM text is untrusted (session 13: each of those placed the debtor nowhere).
  const folded = foldWithOffsets(region.trim());
  const text = folded.text;
  if (!text) return null;
  for (const [pattern, zone] of OTHER_CHINESE_REGIONS) if (pattern.test(text)) return zone;
  for (const { pattern, zone } of NANP_NAMES) if (pattern.test(text)) return zone;
  if (CHINA_PLACES.some((place) => text.includes(place)) || CHINA_PLACES_LATIN.test(text)) return CHINA_ZONE;
  // The last two-letter token written in capitals (the folding lower-cases, so the case is read
  // from the original): an address ends "City, ST 12345".
  const original = region.trim();
  const tokens = [...text.matchAll(/(?<![a-z])[a-z]{2}(?![a-z])/g)].filter((m) =>
    [0, 1].every((k) => isCapital(original.slice(folded.starts[m.index + k], folded.ends[m.index + k]))),
  );
  for (let i = tokens.length - 1; i >= 0; i--) {
    const zone = NANP_ABBRS.get((tokens[i]?.[0] ?? '').toUpperCase());
    if (zone) return zone;
  }
  return null;
}

function isCapital(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}
