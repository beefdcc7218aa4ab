/**
 * The debtor's time zone and local clock. Call-window and per-day rules are judged in the
 * debtor's local time (12 CFR 1006.6(b)(1)(i); 催收工作指引 22:00–08:00), never the agent's.
 * All conversions go through Intl with IANA names, so daylight-saving changes are the tz
 * database's job, not ours: there is no hand-written offset in this file.
 */
import type { AccountContext, FieldReading } from '../crm/context';

/** Where the zone came from, best first. */
export type ZoneSource = 'field' | 'phone' | 'region' | 'default';

export interface DebtorZone {
  /** IANA time zone name. */
  zone: string;
  source: ZoneSource;
  /** The text the zone was derived from (field value, phone digits, region text). */
  from?: string;
}

export interface LocalTime {
  hh: number;
  mm: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The debtor's local calendar date, YYYY-MM-DD. */
  isoDate: string;
}

// ---- Validation and formatting --------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl.DateTimeFormat is the slow part. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

// An IANA name is Area/Location (or a bare legacy name such as UTC); offsets like "+08:00" and
// free text are refused even where a newer engine would accept them.
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/** True when `name` is an IANA time zone this engine knows. */
export function isValidTimeZone(name: string): boolean {
  if (name.length > 64 || !IANA_SHAPE.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall clock and calendar date at `now` (epoch ms) in `zone`. */
export function debtorLocalTime(now: number, zone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(now)) parts[p.type] = p.value;
  return {
    hh: Number(parts.hour),
    mm: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
    isoDate: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: calendar-day arithmetic without time zones. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** YYYY-MM-DD of a day number (inverse of dayNumber). */
export function isoDateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function clockText(t: { hh: number; mm: number }): string {
  return `${String(t.hh).padStart(2, '0')}:${String(t.mm).padStart(2, '0')}`;
}

// ---- North American Numbering Plan ----------------------------------------------------------

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';

interface NanpRegion {
  abbr: string;
  name: string;
  /** Other names found in CRM region text (Chinese names, common short forms). */
  aliases?: string[];
  /** The zone most of the region's people live in. */
  zone: string;
  codes: number[];
  /** Area codes of the region that sit mostly in another zone. */
  split?: Record<number, string>;
}

/**
 * US states, DC, Puerto Rico and Canadian provinces with their area codes. Where a state spans two
 * zones, `zone` is where most of its people live and `split` names the codes mostly in the other.
 */
const NANP_REGIONS: NanpRegion[] = [
  { abbr: 'AL', name: 'Alabama', zone: CT, codes: [205, 251, 256, 334, 659, 938] },
  { abbr: 'AK', name: 'Alaska', zone: 'America/Anchorage', codes: [907] },
  { abbr: 'AZ', name: 'Arizona', zone: 'America/Phoenix', codes: [480, 520, 602, 623, 928] },
  { abbr: 'AR', name: 'Arkansas', zone: CT, codes: [327, 479, 501, 870] },
  {
    abbr: 'CA',
    name: 'California',
    aliases: ['加利福尼亚', '加州'],
    zone: PT,
    codes: [
      209, 213, 279, 310, 323, 341, 350, 408, 415, 424, 442, 510, 530, 559, 562, 619, 626, 628, 650, 657, 661,
      669, 707, 714, 747, 760, 805, 818, 820, 831, 840, 858, 909, 916, 925, 949, 951,
    ],
  },
  { abbr: 'CO', name: 'Colorado', zone: MT, codes: [303, 719, 720, 970, 983] },
  { abbr: 'CT', name: 'Connecticut', zone: ET, codes: [203, 475, 860, 959] },
  { abbr: 'DE', name: 'Delaware', zone: ET, codes: [302] },
  {
    abbr: 'DC',
    name: 'District of Columbia',
    aliases: ['Washington, DC', 'Washington DC', 'Washington, D.C.', 'Washington D.C.', '华盛顿特区'],
    zone: ET,
    codes: [202, 771],
  },
  {
    abbr: 'FL',
    name: 'Florida',
    aliases: ['佛罗里达'],
    zone: ET,
    codes: [
      239, 305, 321, 352, 386, 407, 448, 561, 645, 656, 689, 727, 754, 772, 786, 813, 850, 863, 904, 941, 954,
    ],
    // The western panhandle (Pensacola, Panama City) keeps Central time.
    split: { 448: CT, 850: CT },
  },
  {
    abbr: 'GA',
    name: 'Georgia',
    aliases: ['佐治亚'],
    zone: ET,
    codes: [229, 404, 470, 478, 678, 706, 762, 770, 912, 943],
  },
  { abbr: 'HI', name: 'Hawaii', aliases: ['夏威夷'], zone: 'Pacific/Honolulu', codes: [808] },
  // Southern Idaho (Boise) is Mountain; the panhandle is Pacific.
  { abbr: 'ID', name: 'Idaho', zone: 'America/Boise', codes: [208, 986] },
  {
    abbr: 'IL',
    name: 'Illinois',
    aliases: ['伊利诺伊'],
    zone: CT,
    codes: [217, 224, 309, 312, 331, 447, 464, 618, 630, 708, 730, 773, 779, 815, 847, 861, 872],
  },
  {
    abbr: 'IN',
    name: 'Indiana',
    zone: 'America/Indiana/Indianapolis',
    codes: [219, 260, 317, 463, 574, 765, 812, 930],
    // Northwest Indiana (Gary, Chicago suburbs) is on Central time.
    split: { 219: CT },
  },
  { abbr: 'IA', name: 'Iowa', zone: CT, codes: [319, 515, 563, 641, 712] },
  { abbr: 'KS', name: 'Kansas', zone: CT, codes: [316, 620, 785, 913] },
  {
    abbr: 'KY',
    name: 'Kentucky',
    zone: ET,
    codes: [270, 364, 502, 606, 859],
    // Western Kentucky (Bowling Green, Paducah) is on Central time.
    split: { 270: CT, 364: CT },
  },
  { abbr: 'LA', name: 'Louisiana', zone: CT, codes: [225, 318, 337, 504, 985] },
  { abbr: 'ME', name: 'Maine', zone: ET, codes: [207] },
  { abbr: 'MD', name: 'Maryland', zone: ET, codes: [227, 240, 301, 410, 443, 667] },
  {
    abbr: 'MA',
    name: 'Massachusetts',
    aliases: ['马萨诸塞', '麻省'],
    zone: ET,
    codes: [339, 351, 413, 508, 617, 774, 781, 857, 978],
  },
  {
    abbr: 'MI',
    name: 'Michigan',
    aliases: ['密歇根'],
    zone: 'America/Detroit',
    codes: [231, 248, 269, 313, 517, 586, 616, 679, 734, 810, 906, 947, 989],
  },
  { abbr: 'MN', name: 'Minnesota', zone: CT, codes: [218, 320, 507, 612, 651, 763, 952] },
  { abbr: 'MS', name: 'Mississippi', zone: CT, codes: [228, 601, 662, 769] },
  { abbr: 'MO', name: 'Missouri', zone: CT, codes: [314, 417, 557, 573, 636, 660, 816, 975] },
  { abbr: 'MT', name: 'Montana', zone: MT, codes: [406] },
  { abbr: 'NE', name: 'Nebraska', zone: CT, codes: [308, 402, 531] },
  { abbr: 'NV', name: 'Nevada', aliases: ['内华达'], zone: PT, codes: [702, 725, 775] },
  { abbr: 'NH', name: 'New Hampshire', zone: ET, codes: [603] },
  {
    abbr: 'NJ',
    name: 'New Jersey',
    aliases: ['新泽西'],
    zone: ET,
    codes: [201, 551, 609, 640, 732, 848, 856, 862, 908, 973],
  },
  { abbr: 'NM', name: 'New Mexico', zone: MT, codes: [505, 575] },
  {
    abbr: 'NY',
    name: 'New York',
    aliases: ['纽约'],
    zone: ET,
    codes: [
      212, 315, 329, 332, 347, 363, 516, 518, 585, 607, 631, 646, 680, 716, 718, 838, 845, 914, 917, 929, 934,
    ],
  },
  {
    abbr: 'NC',
    name: 'North Carolina',
    aliases: ['北卡罗来纳', '北卡'],
    zone: ET,
    codes: [252, 336, 704, 743, 828, 910, 919, 980, 984],
  },
  { abbr: 'ND', name: 'North Dakota', zone: CT, codes: [701] },
  {
    abbr: 'OH',
    name: 'Ohio',
    aliases: ['俄亥俄'],
    zone: ET,
    codes: [216, 220, 234, 326, 330, 380, 419, 440, 513, 567, 614, 740, 937],
  },
  { abbr: 'OK', name: 'Oklahoma', zone: CT, codes: [405, 539, 572, 580, 918] },
  { abbr: 'OR', name: 'Oregon', aliases: ['俄勒冈'], zone: PT, codes: [458, 503, 541, 971] },
  {
    abbr: 'PA',
    name: 'Pennsylvania',
    aliases: ['宾夕法尼亚', '宾州'],
    zone: ET,
    codes: [215, 223, 267, 272, 412, 445, 484, 570, 582, 610, 717, 724, 814, 835, 878],
  },
  { abbr: 'RI', name: 'Rhode Island', zone: ET, codes: [401] },
  { abbr: 'SC', name: 'South Carolina', zone: ET, codes: [803, 839, 843, 854, 864] },
  { abbr: 'SD', name: 'South Dakota', zone: CT, codes: [605] },
  {
    abbr: 'TN',
    name: 'Tennessee',
    zone: CT,
    codes: [423, 615, 629, 731, 865, 901, 931],
    // East Tennessee (Knoxville, Chattanooga) is on Eastern time.
    split: { 423: ET, 865: ET },
  },
  {
    abbr: 'TX',
    name: 'Texas',
    // Not 德州: that is also a city in Shandong.
    aliases: ['得克萨斯', '德克萨斯'],
    zone: CT,
    codes: [
      210, 214, 254, 281, 325, 346, 361, 409, 430, 432, 469, 512, 682, 713, 726, 737, 806, 817, 830, 832, 903,
      915, 936, 940, 945, 956, 972, 979,
    ],
    // El Paso is on Mountain time.
    split: { 915: MT },
  },
  { abbr: 'UT', name: 'Utah', zone: MT, codes: [385, 435, 801] },
  { abbr: 'VT', name: 'Vermont', zone: ET, codes: [802] },
  {
    abbr: 'VA',
    name: 'Virginia',
    aliases: ['弗吉尼亚'],
    zone: ET,
    codes: [276, 434, 540, 571, 703, 757, 804, 826, 948],
  },
  {
    abbr: 'WA',
    name: 'Washington',
    aliases: ['Washington State', '华盛顿州'],
    zone: PT,
    codes: [206, 253, 360, 425, 509, 564],
  },
  { abbr: 'WV', name: 'West Virginia', zone: ET, codes: [304, 681] },
  { abbr: 'WI', name: 'Wisconsin', zone: CT, codes: [262, 414, 534, 608, 715, 920] },
  { abbr: 'WY', name: 'Wyoming', zone: MT, codes: [307] },
  { abbr: 'PR', name: 'Puerto Rico', zone: 'America/Puerto_Rico', codes: [787, 939] },
  // Canada (also +1).
  { abbr: 'AB', name: 'Alberta', zone: 'America/Edmonton', codes: [368, 403, 587, 780, 825] },
  { abbr: 'BC', name: 'British Columbia', zone: 'America/Vancouver', codes: [236, 250, 604, 672, 778] },
  { abbr: 'MB', name: 'Manitoba', zone: 'America/Winnipeg', codes: [204, 431] },
  { abbr: 'NB', name: 'New Brunswick', zone: 'America/Moncton', codes: [506] },
  { abbr: 'NL', name: 'Newfoundland and Labrador', zone: 'America/St_Johns', codes: [709] },
  { abbr: 'NS', name: 'Nova Scotia', zone: 'America/Halifax', codes: [782, 902] },
  { abbr: 'PE', name: 'Prince Edward Island', zone: 'America/Halifax', codes: [] },
  {
    abbr: 'ON',
    name: 'Ontario',
    zone: 'America/Toronto',
    codes: [226, 249, 289, 343, 365, 382, 416, 437, 519, 548, 613, 647, 683, 705, 742, 753, 807, 905, 942],
  },
  {
    abbr: 'QC',
    name: 'Quebec',
    aliases: ['Québec', '魁北克'],
    zone: 'America/Toronto',
    codes: [263, 354, 367, 418, 438, 450, 468, 514, 579, 581, 819, 873],
  },
  { abbr: 'SK', name: 'Saskatchewan', zone: 'America/Regina', codes: [306, 474, 639] },
];

const AREA_CODE_ZONES: ReadonlyMap<number, string> = new Map(
  NANP_REGIONS.flatMap((r) => r.codes.map((code) => [code, r.split?.[code] ?? r.zone] as const)),
);

/** The zone of a NANP area code, or null when the code is not in the table. */
export function zoneOfAreaCode(areaCode: number): string | null {
  return AREA_CODE_ZONES.get(areaCode) ?? null;
}

/** Area codes known to the table (for tests and the Pack Studio). */
export function knownAreaCodes(): number[] {
  return [...AREA_CODE_ZONES.keys()];
}

/** Every US state and DC by abbreviation with its main zone (for tests and the Pack Studio). */
export function regionZones(): { abbr: string; name: string; zone: string }[] {
  return NANP_REGIONS.map(({ abbr, name, zone }) => ({ abbr, name, zone }));
}

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
  const trimmed = phone.trim();
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
  const text = region.trim();
  if (!text) return null;
  for (const [pattern, zone] of OTHER_CHINESE_REGIONS) if (pattern.test(text)) return zone;
  for (const { pattern, zone } of NANP_NAMES) if (pattern.test(text)) return zone;
  if (CHINA_PLACES.some((place) => text.includes(place)) || CHINA_PLACES_LATIN.test(text)) return CHINA_ZONE;
  // The last capitalised two-letter token: an address ends "City, ST 12345".
  const tokens = text.match(/(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])/g) ?? [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const zone = NANP_ABBRS.get(tokens[i] ?? '');
    if (zone) return zone;
  }
  return null;
}

// ---- The debtor's zone -----------------------------------------------------------------------

function textOf(reading: FieldReading | undefined): string | null {
  if (!reading) return null;
  const v = reading.value;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** Phone value as parsed, with the leading + put back if the page showed one. */
function phoneText(reading: FieldReading | undefined): string | null {
  const value = textOf(reading);
  if (!value || !reading) return null;
  return !value.startsWith('+') && reading.raw.trim().startsWith('+') ? `+${value}` : value;
}

/**
 * Every zone the account points to (issue 12 §6, Reg F 1006.6(b)(1)(i)): the CRM's time zone field
 * (if a valid IANA name), the phone's country and area code, and the region text, best first and
 * without repeats; the pack default only when none of them gives a zone. When they disagree a call
 * is allowed only when it is inside the window in every one of them.
 */
export function debtorZones(
  context: AccountContext | null,
  packTimezone: string,
  timezoneField = 'timezone',
): DebtorZone[] {
  const fields = context?.fields ?? {};
  const found: DebtorZone[] = [];
  const add = (zone: DebtorZone) => {
    if (!found.some((z) => z.zone === zone.zone)) found.push(zone);
  };
  const named = textOf(fields[timezoneField]);
  if (named && isValidTimeZone(named)) add({ zone: named, source: 'field', from: named });

  const phone = phoneText(fields.phone);
  const byPhone = phone ? zoneFromPhone(phone, packTimezone) : null;
  if (phone && byPhone) add({ zone: byPhone, source: 'phone', from: phone });

  const region = textOf(fields.region);
  const byRegion = region ? zoneFromRegion(region) : null;
  if (region && byRegion) add({ zone: byRegion, source: 'region', from: region });

  // A pack with a bad zone must not crash the guard; UTC at least shows a clock.
  if (found.length === 0)
    add({ zone: isValidTimeZone(packTimezone) ? packTimezone : 'UTC', source: 'default' });
  return found;
}

/** The debtor's main zone: the first of `debtorZones` (field, else phone, else region, else default). */
export function debtorZone(
  context: AccountContext | null,
  packTimezone: string,
  timezoneField = 'timezone',
): DebtorZone {
  return debtorZones(context, packTimezone, timezoneField)[0] as DebtorZone;
}
