import fc from 'fast-check';
import {
  debtorLocalTime,
  debtorZone,
  isValidTimeZone,
  knownAreaCodes,
  regionZones,
  zoneFromPhone,
  zoneFromRegion,
  zoneOfAreaCode,
} from '../../../lib/compliance/debtor-time';
import { account, at } from './fixtures';

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';
const CN = 'Asia/Shanghai';

describe('debtorLocalTime', () => {
  it.each([
    // New York, DST starts 2026-03-08 02:00 (EST −05 → EDT −04).
    ['day before DST starts', at('2026-03-07T08:30', '-05:00'), ET, '2026-03-07', 8, 30, 6],
    ['DST start day, 08:30', at('2026-03-08T08:30', '-04:00'), ET, '2026-03-08', 8, 30, 7],
    ['DST start day, 01:59 EST', at('2026-03-08T01:59', '-05:00'), ET, '2026-03-08', 1, 59, 7],
    [
      'DST start day, one minute later is 03:00',
      at('2026-03-08T01:59', '-05:00') + 60_000,
      ET,
      '2026-03-08',
      3,
      0,
      7,
    ],
    // DST ends 2026-11-01 02:00 (EDT −04 → EST −05).
    ['DST end day, 08:30', at('2026-11-01T08:30', '-05:00'), ET, '2026-11-01', 8, 30, 7],
    ['day after DST ends', at('2026-11-02T08:30', '-05:00'), ET, '2026-11-02', 8, 30, 1],
    ['Shanghai (no DST)', at('2026-07-01T21:47', '+08:00'), CN, '2026-07-01', 21, 47, 3],
    // 10:30 in Shanghai on Tuesday is still Monday evening in Los Angeles (PDT −07).
    ['Los Angeles from Shanghai', at('2026-06-16T10:30', '+08:00'), PT, '2026-06-15', 19, 30, 1],
  ])('%s', (_name, now, zone, isoDate, hh, mm, weekday) => {
    expect(debtorLocalTime(now, zone)).toEqual({ hh, mm, weekday, isoDate });
  });

  it('midnight is hour 0, not 24', () => {
    expect(debtorLocalTime(at('2026-07-01T00:05', '+08:00'), CN)).toMatchObject({ hh: 0, mm: 5 });
  });

  it('an offset the zone never has would give a different answer (no fixed offsets)', () => {
    // 12:30Z on 2026-03-08: 08:30 EDT. A hand-written −05:00 would say 07:30.
    expect(debtorLocalTime(Date.UTC(2026, 2, 8, 12, 30), ET)).toMatchObject({ hh: 8, mm: 30 });
    expect(debtorLocalTime(Date.UTC(2026, 2, 7, 12, 30), ET)).toMatchObject({ hh: 7, mm: 30 });
  });

  it('property: local wall time differs from UTC by a whole quarter hour within ±14 h', () => {
    const zones = [ET, CT, MT, PT, CN, 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Honolulu'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...zones),
        (now, zone) => {
          const t = debtorLocalTime(now, zone);
          const [y, m, d] = t.isoDate.split('-').map(Number);
          const wall = Date.UTC(y as number, (m as number) - 1, d as number, t.hh, t.mm);
          const offset = wall - Math.floor(now / 60_000) * 60_000;
          return offset % (15 * 60_000) === 0 && Math.abs(offset) <= 14 * 3_600_000;
        },
      ),
    );
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Asia/Shanghai', true],
    ['America/Los_Angeles', true],
    ['America/Indiana/Indianapolis', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['+08:00', false],
    ['UTC+8', false],
    ['北京时间', false],
    ['', false],
  ])('%s → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('zoneFromPhone', () => {
  it.each([
    ['138 0013 8000', CN, CN],
    ['13800138000', '', CN],
    ['+86 138 0013 8000', ET, CN],
    ['0086 13800138000', ET, CN],
    ['8613800138000', '', CN],
    ['010-12345678', CN, CN],
    ['0755 1234 5678', CN, CN],
    ['+86 10 1234 5678', ET, CN],
    ['+1 (213) 555-0100', CN, PT],
    ['+1 213 555 0100', CN, PT],
    ['(213) 555-0100', ET, PT],
    ['1-212-555-0100', ET, ET],
    ['915-555-0100', ET, MT],
    ['+1 808 555 0100', ET, 'Pacific/Honolulu'],
    ['+1 416 555 0100', ET, 'America/Toronto'],
    // Ambiguous: a China mobile and +1 380 (Ohio). The pack's home country decides.
    ['13805550100', CN, CN],
    ['13805550100', ET, ET],
    ['+1 380 555 0100', CN, ET],
  ])('%s (pack %s) → %s', (phone, packZone, zone) => {
    expect(zoneFromPhone(phone, packZone)).toBe(zone);
  });

  it.each([['+44 20 7946 0958'], ['+1 999 555 0100'], ['+1 123 555 0100'], ['12345'], ['not a phone']])(
    '%s → null',
    (phone) => {
      expect(zoneFromPhone(phone, ET)).toBeNull();
    },
  );
});

describe('area code table', () => {
  // The most populous area codes and their zones.
  const BIG: Record<number, string> = {
    212: ET,
    646: ET,
    917: ET,
    718: ET,
    347: ET,
    929: ET,
    516: ET,
    631: ET,
    914: ET,
    201: ET,
    973: ET,
    732: ET,
    908: ET,
    215: ET,
    267: ET,
    412: ET,
    617: ET,
    857: ET,
    202: ET,
    301: ET,
    410: ET,
    703: ET,
    571: ET,
    757: ET,
    404: ET,
    678: ET,
    770: ET,
    305: ET,
    786: ET,
    954: ET,
    561: ET,
    407: ET,
    813: ET,
    727: ET,
    904: ET,
    704: ET,
    919: ET,
    216: ET,
    614: ET,
    513: ET,
    313: 'America/Detroit',
    248: 'America/Detroit',
    317: 'America/Indiana/Indianapolis',
    502: ET,
    423: ET,
    312: CT,
    773: CT,
    872: CT,
    847: CT,
    630: CT,
    708: CT,
    214: CT,
    469: CT,
    972: CT,
    817: CT,
    713: CT,
    281: CT,
    832: CT,
    346: CT,
    512: CT,
    737: CT,
    210: CT,
    615: CT,
    901: CT,
    314: CT,
    816: CT,
    612: CT,
    651: CT,
    414: CT,
    504: CT,
    405: CT,
    918: CT,
    205: CT,
    850: CT,
    219: CT,
    303: MT,
    720: MT,
    801: MT,
    505: MT,
    915: MT,
    602: 'America/Phoenix',
    480: 'America/Phoenix',
    213: PT,
    323: PT,
    310: PT,
    424: PT,
    818: PT,
    626: PT,
    562: PT,
    714: PT,
    949: PT,
    909: PT,
    951: PT,
    619: PT,
    858: PT,
    415: PT,
    510: PT,
    408: PT,
    650: PT,
    916: PT,
    559: PT,
    702: PT,
    206: PT,
    253: PT,
    425: PT,
    503: PT,
    971: PT,
    907: 'America/Anchorage',
    808: 'Pacific/Honolulu',
  };

  it('covers at least the 50 largest area codes, each with its zone', () => {
    expect(Object.keys(BIG).length).toBeGreaterThanOrEqual(50);
    for (const [code, zone] of Object.entries(BIG))
      expect([code, zoneOfAreaCode(Number(code))]).toEqual([code, zone]);
  });

  it('covers every US state and DC with at least one area code and a valid main zone', () => {
    const states =
      'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
        ' ',
      );
    expect(states).toHaveLength(51);
    const regions = new Map(regionZones().map((r) => [r.abbr, r]));
    for (const abbr of states) {
      const region = regions.get(abbr);
      expect(region, abbr).toBeDefined();
      expect(isValidTimeZone(region?.zone ?? ''), abbr).toBe(true);
      expect(zoneFromRegion(abbr === 'DC' ? 'Washington, DC' : `Somewhere, ${abbr}`), abbr).toBe(
        region?.zone,
      );
    }
    expect(knownAreaCodes().length).toBeGreaterThan(300);
  });

  it('every zone in the table is a valid IANA zone and every code is a valid NPA', () => {
    for (const code of knownAreaCodes()) {
      expect(code).toBeGreaterThanOrEqual(200);
      expect(code).toBeLessThan(1000);
      expect(isValidTimeZone(zoneOfAreaCode(code) ?? '')).toBe(true);
    }
  });
});

describe('zoneFromRegion', () => {
  it.each([
    ['上海市', CN],
    ['广东省深圳市', CN],
    ['深圳市南山区', CN],
    ['新疆维吾尔自治区乌鲁木齐市', CN],
    ['山东省德州市', CN],
    ['Shanghai', CN],
    ['香港', 'Asia/Hong_Kong'],
    ['California', PT],
    ['Los Angeles, CA 90012', PT],
    ['Austin, TX 78701', CT],
    ['new york', ET],
    ['纽约', ET],
    ['West Virginia', ET],
    ['Virginia', ET],
    ['Washington, DC', ET],
    ['Seattle, Washington', PT],
    ['Kansas', CT],
    ['Indianapolis, Indiana', 'America/Indiana/Indianapolis'],
    ['Toronto, ON', 'America/Toronto'],
  ])('%s → %s', (region, zone) => {
    expect(zoneFromRegion(region)).toBe(zone);
  });

  it.each([['check in on me'], ['火星'], ['']])('%s → null', (region) => {
    expect(zoneFromRegion(region)).toBeNull();
  });
});

describe('debtorZone', () => {
  it.each([
    [
      'CRM field first',
      { timezone: 'America/Los_Angeles', phone: '13800138000', region: '上海市' },
      PT,
      'field',
    ],
    [
      'invalid field falls to phone',
      { timezone: 'Mars/Base', phone: '2125550100', region: 'CA' },
      ET,
      'phone',
    ],
    ['phone before region', { phone: '13800138000', region: 'California' }, CN, 'phone'],
    ['unknown phone falls to region', { phone: '+44 20 7946 0958', region: 'Austin, TX' }, CT, 'region'],
    ['region', { region: '广东省深圳市' }, CN, 'region'],
    ['pack default', { name: '张伟' }, 'America/Denver', 'default'],
  ])('%s', (_name, fields, zone, source) => {
    expect(debtorZone(account(fields), 'America/Denver')).toMatchObject({ zone, source });
  });

  it('keeps the + the page showed when the parsed phone lost it', () => {
    const ctx = account({ phone: '12135550100' }, { raw: { phone: '+1 213 555 0100' } });
    expect(debtorZone(ctx, CN)).toEqual({ zone: PT, source: 'phone', from: '+12135550100' });
  });

  it('reads the zone from the field a rule names', () => {
    expect(debtorZone(account({ tz: 'Asia/Tokyo' }), CN, 'tz')).toMatchObject({
      zone: 'Asia/Tokyo',
      source: 'field',
    });
  });

  it('no account → pack default; an invalid pack zone → UTC, never a throw', () => {
    expect(debtorZone(null, CN)).toEqual({ zone: CN, source: 'default' });
    expect(debtorZone(null, 'Nowhere/Land')).toEqual({ zone: 'UTC', source: 'default' });
  });
});

describe('zone clues read the CRM text folded (session 13)', () => {
  it.each([
    ['臺北市', 'Asia/Taipei'],
    ['澳門', 'Asia/Macau'],
    ['黑龍江省哈爾濱市', CN],
    ['Ｃａｌｉｆｏｒｎｉａ', PT],
    ['Cali\u200bfornia', PT],
    ['Austin, ＴＸ 78701', CT],
  ])('region %s → %s', (region, zone) => {
    expect(zoneFromRegion(region)).toBe(zone);
  });

  it('still reads a two-letter state only in capitals', () => {
    expect(zoneFromRegion('check in on me')).toBeNull();
    expect(zoneFromRegion('ｃｈｅｃｋ ｉｎ ｏｎ ｍｅ')).toBeNull();
  });

  it.each([
    ['＋１ ２１２ ５５５ ０１００', ET],
    ['１３８００１３８０００', CN],
    ['+1\u200b (212) 555-0100', ET],
  ])('phone %s → %s', (phone, zone) => {
    expect(zoneFromPhone(phone, ET)).toBe(zone);
  });
});
