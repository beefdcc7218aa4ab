/**
 * What a customer says when a life event is the reason they are behind: divorce or separation, a
 * death in the family (not the cardholder), a new baby or parental leave, moving or working abroad,
 * a natural disaster or fire, being scammed out of their money, a business that failed. Written
 * before the cards' triggers (content review of round 14: 上个月离婚了 put the already-paid card
 * first and no card answered a divorce), so the triggers were never copied from them; the test
 * (default-life-events.test.ts) checks each one finds its card in the first three and that no
 * trigger repeats one word for word.
 */
/** The cards content round 14 added for these events, the same ids in both default packs. */
export const LIFE_EVENT_CARDS = [
  'divorce',
  'bereavement',
  'new-baby',
  'moving-abroad',
  'disaster',
  'scam-victim',
  'business-failure',
] as const;

export interface LifeEventSentence {
  expect: string;
  query: string;
  /**
   * Another card that answers the sentence as well, where the words alone cannot tell (set after
   * the first reading, each with its reason): a relative reporting the cardholder's death says
   * 我爸刚没了 too, and "my ex ran this card up" is as much a use of the card without consent.
   */
  or?: string;
}

export const LIFE_EVENTS_ZH: readonly LifeEventSentence[] = [
  { expect: 'divorce', query: '上个月离婚了' },
  { expect: 'divorce', query: '我们在闹离婚，分居好几个月了' },
  { expect: 'divorce', query: '离了婚房子车子都归他了，我现在啥也没有' },
  { expect: 'divorce', query: '离婚协议上写了这笔债归我前妻' },
  { expect: 'divorce', query: '这卡一直是我老公在刷，现在我们离了' },
  { expect: 'bereavement', query: '我妈上周刚走，我在老家办后事，过几天再说吧' },
  { expect: 'bereavement', query: '家里老人过世了，丧葬费花了好几万' },
  { expect: 'bereavement', query: '奶奶去世了，我回老家奔丧了' },
  { expect: 'bereavement', query: '我爸刚没了，我现在没心情谈这个', or: 'deceased' },
  { expect: 'new-baby', query: '我刚生完孩子，还在月子里' },
  { expect: 'new-baby', query: '休产假呢，现在只拿生育津贴' },
  { expect: 'new-baby', query: '老婆刚生了二胎，家里开销太大了' },
  { expect: 'new-baby', query: '怀孕七个月了，单位让我在家待着' },
  { expect: 'moving-abroad', query: '我现在在国外打工，人不在国内' },
  { expect: 'moving-abroad', query: '我要移民了，以后不回来了' },
  { expect: 'moving-abroad', query: '在日本上班呢，这边都半夜了' },
  { expect: 'moving-abroad', query: '公司把我外派到非洲了' },
  { expect: 'disaster', query: '家里发大水，房子都淹了' },
  { expect: 'disaster', query: '老家地震了，房子塌了一半' },
  { expect: 'disaster', query: '店里着了一场火，东西全烧没了' },
  { expect: 'disaster', query: '台风把大棚都刮没了' },
  { expect: 'scam-victim', query: '我被电信诈骗了，十几万全被骗走了' },
  { expect: 'scam-victim', query: '网上刷单被人骗了好几万' },
  { expect: 'scam-victim', query: '被杀猪盘骗了，钱全投进去了' },
  { expect: 'scam-victim', query: '接了个冒充公检法的电话，把钱都转过去了' },
  { expect: 'business-failure', query: '做生意赔了，店也盘出去了' },
  { expect: 'business-failure', query: '开了个饭店亏了三十多万' },
  { expect: 'business-failure', query: '我是做外贸的，货款一直收不回来' },
  { expect: 'business-failure', query: '厂子是我自己开的，现在开不下去了，还欠着工人工资' },
];

export const LIFE_EVENTS_EN: readonly LifeEventSentence[] = [
  { expect: 'divorce', query: "I'm in the middle of a divorce right now" },
  { expect: 'divorce', query: 'my ex ran this card up, not me', or: 'fraud' },
  { expect: 'divorce', query: 'the divorce decree says he pays this card' },
  { expect: 'divorce', query: "we separated in March and I'm on one income now" },
  { expect: 'bereavement', query: "my mom just passed and I'm paying for the funeral" },
  { expect: 'bereavement', query: 'we had a death in the family last week' },
  { expect: 'bereavement', query: 'I just buried my brother, can we do this another time' },
  { expect: 'new-baby', query: "I just had a baby and I'm on unpaid leave" },
  { expect: 'new-baby', query: "I'm on maternity leave till June" },
  { expect: 'new-baby', query: "we just had twins, money's tight" },
  { expect: 'moving-abroad', query: 'I moved back to Mexico last year' },
  { expect: 'moving-abroad', query: "I'm working overseas on a contract" },
  { expect: 'moving-abroad', query: "I'm relocating to Canada next month" },
  { expect: 'disaster', query: 'our house burned down' },
  { expect: 'disaster', query: 'the hurricane flooded our home' },
  { expect: 'disaster', query: 'we lost everything in the wildfire' },
  { expect: 'disaster', query: 'a tornado tore through our town' },
  { expect: 'scam-victim', query: 'I got scammed out of my savings' },
  { expect: 'scam-victim', query: 'a romance scammer took all my money' },
  { expect: 'scam-victim', query: 'someone pretending to be the IRS got me to wire them money' },
  { expect: 'scam-victim', query: 'I lost everything in a crypto scam' },
  { expect: 'business-failure', query: 'my restaurant closed and I still owe my suppliers' },
  { expect: 'business-failure', query: 'my small business failed' },
  { expect: 'business-failure', query: "I'm self-employed and the work dried up" },
];
