/**
 * The North American Numbering Plan's regions and area codes with the time zone each points to:
 * data for reading a debtor's zone from a phone number or an address (debtor-time.ts).
 */

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';

export interface NanpRegion {
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
export const NANP_REGIONS: NanpRegion[] = [
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
