/**
 * Concept lexicon (issue 11 §1, data): everyday ways a customer states each reason of DOMAIN.md §4
 * without the word a pack's trigger uses ("被老板炒了" for 失业, "paycheck to paycheck" for "no
 * money"). A query and an objection meet on a concept when the query says one of its phrasings
 * and the objection's title, triggers (or, weaker, say/do lines) say any other: the lexicon never
 * names an objection, so it serves any pack, the 5,000 generated included.
 *
 * Written from DOMAIN.md §4 and ordinary call speech, never from a held-out query. Chinese forms
 * match anywhere (Chinese has no spaces); English forms match whole words, a final `*` any word
 * that begins so ("fire*": fired, firing). A phrasing may serve two concepts (晚点: later, bad time).
 * Keep it small: each concept should be a reason an agent answers differently.
 */

export interface Concept {
  id: string;
  zh: readonly string[];
  en: readonly string[];
}

// biome-ignore format: one concept per block, its phrasings on a line each for zh and en
export const CONCEPTS: readonly Concept[] = [
  {
    id: 'no-money',
    zh: ['没钱', '缺钱', '穷', '揭不开锅', '吃饭', '吃不上', '饭钱', '生活费', '一分不剩', '分文', '兜里', '口袋', '周转', '拮据', '手头紧', '拿不出', '还不起', '交不起', '付不起', '负担不起', '入不敷出', '月光', '积蓄', '存款', '穷得', '没有钱', '哪有钱', '困难', '养家', '奶粉', '开销', '借钱', '工资低', '挣得少', '赚不到钱', '经济困难', '一毛钱', '一贫如洗', '冇钱', '冇银', '一蚊', '钞票', '铜钿', '比脸干净', '比脸还干净', '比脸都干净', '身无分文', '吃土', '喝西北风', '一个子儿', '没米下锅', '搭进去', '赔进去', '砸进去', '花进去', '贴进去', '填进去', '扔进去', '亏进去'],
    en: ['broke', 'money', 'afford*', 'paycheck*', 'grocer*', 'rent', 'bills', 'tight', 'cash', 'savings', 'penniless', 'poor', 'food', 'electric', 'utilities', 'struggling', 'nothing left', 'ends meet', 'overdrawn', 'scraping', 'barely', 'behind on', 'low on'],
  },
  {
    // Other lenders or bills that come first (多头负债; content round 17): a reason of its own, which
    // the other-debts cards answer (only the customer's essentials, no new borrowing). Its words were
    // no-money's, so a card whose triggers name loans and bills said "no money" as strongly as the
    // no-money card, and took first place from it on sunk money (积蓄全花进去了): no-money queries
    // must not meet a card about what else is owed. Rent and school fees are bills that come first
    // too (房租到期 is the other-debts card's; 房租都交不起 still finds no-money by its words). Not 贷款
    // nor 还贷: every loan word, they made a trigger (工资全拿去还贷款) clash with a deduction said
    // in a passive (被各种贷款扣光了, reason-clash.ts) and lost it its own sentence.
    id: 'owed-elsewhere',
    zh: ['房贷', '车贷', '房租', '学费', '补课费', '补习班', '辅导班', '培训费', '兴趣班', '托管费', '外债', '负债', '网贷', '借呗', '花呗', '月供', '按揭', '别的卡', '几张卡', '好几家', '别家', '别的银行', '其他银行', '多头', '水电费', '物业费'],
    en: ['other debts', 'creditors', 'other cards', 'maxed out', 'payday loan*', 'title loan*', 'student loan*', 'mortgage', 'car payment', 'car note', 'tuition', 'in debt'],
  },
  {
    id: 'job-loss',
    zh: ['失业', '下岗', '裁员', '被裁', '裁了', '辞退', '开除', '被开', '炒鱿鱼', '炒了', '解雇', '倒闭', '破产', '停工', '停产', '关门', '没活', '没工作', '工作丢', '工作没', '丢了工作', '找工作', '找不到工作', '待业', '降薪', '减薪', '工资降', '收入', '优化', '失去工作', '没班上', '没上班', '被辞', '辞职', '离职', '黄了', '裁掉', '没收入', '没有收入', '停薪', '欠薪', '拖欠工资', '辞了', '零工', '简历', '效益不好', '失业金', '闲在家'],
    en: ['laid off', 'layoff*', 'fired', 'unemploy*', 'jobless', 'job', 'jobs', 'furlough*', 'hours', 'shut down', 'went under', 'out of work', 'income', 'position', 'downsiz*', 'terminated', 'let go', 'lost my job', 'quit', 'no income', 'pink slip', 'contract ended', 'layoffs', 'unpaid wages', 'store closed', 'canned', 'sacked', 'axed', 'made redundant', 'redundancy', 'redundant', 'dismissed', 'got the boot', 'got the axe', 'got the sack', 'given the sack'],
  },
  {
    id: 'illness',
    zh: ['生病', '病了', '得病', '重病', '大病', '病人', '住院', '医院', '手术', '化疗', '癌', '肿瘤', '中风', '瘫', '骨折', '摔断', '车祸', '受伤', '治疗', '看病', '医药费', '药费', '重症', '急诊', '透析', '残疾', '动手术', '开刀', '身体', '医生', '出院', '确诊', '查出', '白血病', '心脏', '脑梗', '糖尿病', '尿毒症', '抑郁症', '保胎', '昏迷', '复查', '伺候', '卧床', '陪护', '护工'],
    en: ['sick', 'illness', 'hospital*', 'surgery', 'chemo*', 'cancer', 'medical', 'doctor*', 'emergency room', 'heart attack', 'stroke', 'disabled', 'injur*', 'accident', 'treatment', 'diagnos*', 'icu', 'broke my leg', 'laid up', 'radiation', 'therapy', 'depression', 'rehab', 'recovering', 'medication', 'bedridden', 'nursing home', 'operation', 'clinic', 'pharmacy', 'prescription*', 'physical therapy', 'physio', 'ambulance', 'ward', 'im ill', 'am ill', 'is ill', 'are ill', 'was ill', 'were ill', 'been ill', 'be ill', 'being ill', 'hes ill', 'shes ill', 'feel ill', 'feeling ill', 'felt ill', 'fell ill', 'got ill', 'gotten ill', 'getting ill', 'very ill', 'so ill', 'too ill', 'really ill', 'seriously ill', 'critically ill', 'chronically ill', 'mentally ill', 'gravely ill', 'ill health'],
  },
  {
    id: 'not-mine',
    zh: ['不是我欠', '不是我的', '搞错', '弄错', '没办过', '没欠', '不欠', '跟我没关系', '与我无关', '没开过', '哪来的', '不是我签', '没用过', '没印象', '什么欠款', '不知道这笔', '不清楚这笔'],
    en: ['mistake', 'wrong person', 'not mine', "isn't mine", 'never heard', 'never opened', 'never signed', "don't owe", 'not my debt', "don't recognize", 'no idea what', 'what debt', "don't know anything about"],
  },
  {
    id: 'wrong-number',
    zh: ['打错', '不认识', '没有这个人', '新办', '新买', '不姓', '不是他'],
    en: ['wrong number', "don't know who", 'no one here by', 'new number'],
  },
  {
    id: 'paid',
    zh: ['还过', '已经还', '还清', '结清', '还完', '转过', '转了', '交过', '扣过', '扣了', '扣款', '凭证', '回单', '截图', '付过', '打过去', '还上了', '还掉了', '打了钱', '汇过去', '转账', '已还', '还款记录', '流水', '还进去', '存进去', '转进去', '打进去', '充进去', '汇进去', '交进去', '缴进去', '还进账户', '存进账户'],
    en: ['paid', 'receipt', 'already sent', 'came out of my account', 'autopay', 'transferred', 'confirmation number', 'sent it', 'sent the', 'check is in the mail', 'went through', 'cleared', 'processed', 'mailed', 'money order', 'zelle', 'venmo', 'made the payment', 'made a payment', 'made my payment', 'made payment', 'paid it off', 'paid off', 'paid in full', 'put the payment through', 'payment went out', 'payment posted'],
  },
  {
    id: 'fees',
    zh: ['利息', '手续费', '违约金', '罚息', '年费', '费用', '高利贷', '利滚利', '乱收费', '多收', '翻倍', '怎么这么多', '越还越多', '算错', '变成', '多扣', '莫名其妙', '坑人', '剥削', '不合理', '收费', '越滚越多'],
    en: ['interest', 'fees', 'fee', 'rate', 'ridiculous', 'outrageous', 'rip off', 'ripoff', 'so high', 'so much', 'doubled', 'charging', 'keeps growing', 'apr', 'predatory', 'unfair', 'overcharg*', 'bogus', 'hidden', 'penalt*', 'compound*'],
  },
  {
    id: 'reduction',
    zh: ['减免', '免掉', '免了', '免点', '打折', '折扣', '八折', '少还', '便宜', '只还本金', '本金', '抹了', '零头', '去掉', '优惠', '一次性', '少多少', '少点', '能少', '减一点', '减点', '降一点', '免息', '只还我欠的', '还本金', '本儿', '还本'],
    en: ['discount', 'settle*', 'waive', 'forgive', 'lower', 'knock', 'less', 'reduc*', 'principal', 'lump sum', 'deal', 'cut me a break', 'pay less', 'reduced', 'half off', 'percent off'],
  },
  {
    id: 'later',
    zh: ['过几天', '下个月', '下周', '下礼拜', '月底', '月中', '月初', '年底', '年后', '过完年', '发工资', '发了工资', '奖金', '宽限', '缓', '再说', '以后', '改天', '过段时间', '到时候', '等我', '卖了', '过阵子', '等几天', '等两天', '再等', '缓缓', '延期', '推迟', '晚几天', '过两天', '等工资', '有钱了再', '秋收', '收成', '卖粮', '尾款', '回款', '货款', '结款', '到账'],
    en: ['later', 'next week', 'next month', 'payday', 'get paid', 'friday', 'monday', 'bonus', 'till', 'until', 'end of the month', 'few days', 'couple of days', 'holidays', 'once i get', 'next paycheck', 'when i get', 'end of month', 'in a few weeks', 'extension', 'postpone', 'more time', 'first of the month'],
  },
  {
    id: 'partial',
    zh: ['一部分', '一点', '先还', '几百', '一半', '最低', '慢慢还', '分几次', '凑', '只能还', '剩下的', '两三百', '五百', '一千', '一点点', '少部分', '部分', '先给', '先打', '先转', '凑一点', '分批', '分次', '就这么多', '几十块', '全额', '三四百', '一两百', '三五百'],
    en: ['part', 'partial', 'half', 'little', 'minimum', 'bucks', 'toward*', 'full amount', 'whole thing', 'each month', 'twenty', 'fifty', 'hundred', 'some of it', 'part of', 'a bit', 'small amount', 'smaller payments', 'what i can', 'whatever i can'],
  },
  {
    id: 'scam',
    zh: ['骗子', '诈骗', '骗人', '假的', '核实', '证据', '证明', '相信', '怎么知道', '怎么会有我', '哪个公司', '客服', '官方', '真假', '真的假的', '不信', '你是谁', '哪里打来', '你们是谁', '反诈', '套路', '冒充'],
    en: ['scam*', 'fake', 'legit', 'prove', 'trust', 'robocall*', 'verify', 'get my number', 'fishy', 'check you out', 'calling the bank', 'call the bank', 'who are you', 'scammers', 'phishing', 'callback number', 'con artist', 'pretending to be', 'pretend to be', 'impersonat*', 'posing as', 'give out my details', 'personal information', 'personal details', 'claiming to be'],
  },
  {
    id: 'card-misuse',
    zh: ['盗刷', '盗用', '冒用', '刷的', '消费', '被盗', '被偷', '丢了', '丢失', '外地', '商户', '没去过', '被人刷', '没刷过', '陌生', '没买过', '网购', '不是我买', '被扣', '被刷', '复制', '盗了', '钱包'],
    en: ['charges', 'purchases', 'transactions', 'stolen', 'stole', 'hacked', 'lost', 'unauthorized', 'fraud*', 'theft', 'skimm*', 'wallet', "didn't buy", "didn't authorize", 'unknown charges', 'clone*', 'skimmer', 'dispute', 'used my card', 'someone used', 'somebody used', 'never been to', 'never shopped', 'never ordered'],
  },
  {
    id: 'identity-misuse',
    zh: ['身份证', '冒名', '冒用', '我的信息', '我的名义', '用我的身份'],
    en: ['identity', 'in my name', 'my ssn', 'social security number'],
  },
  {
    id: 'bad-time',
    zh: ['不方便', '开会', '开车', '上班', '忙', '没空', '地铁', '信号', '听不清', '领导在', '旁边', '带孩子', '回头', '待会', '一会', '晚点', '晚上', '等下', '等会', '不太方便', '正忙', '在外面', '在路上', '在上课', '没法说话', '回电', '晚些', '高速', '开着车'],
    en: ['busy', 'driving', 'meeting', 'at work', 'bad time', 'call back', 'call me back', 'tonight', 'middle of something', "can't talk", 'good time', 'picking up', "can't speak", 'on the road', 'in class', 'with a customer', 'not now', 'bad moment'],
  },
  {
    id: 'someone-else',
    zh: ['他不在', '她不在', '不在家', '出去了', '出差', '打工', '转告', '留言', '找他', '找她', '搬走', '邻居', '手机在我', '他是我', '她是我', '我是他', '我是她', '不在这', '不住这', '搬家了', '帮他', '替他', '他的电话', '她的电话', '借我用'],
    en: ["he's not", "she's not", 'not home', 'message', 'not here', "doesn't live", 'moved', 'this is his', 'this is her', "i'm his", "i'm her", 'who is calling', "who's calling", "he's out", "she's out", 'not available', "isn't here", "isn't home", 'take a message', 'landlord', 'landlady', 'tenant', 'tenants', 'lodger', 'roommate', 'neighbor', 'neighbour', 'found this phone', 'found the phone', 'found a phone', 'found his phone', 'found her phone', 'front desk', 'reception', 'receptionist', 'his office', 'her office', 'not in today', 'not in the office', "he's not in", "she's not in", 'not in yet', 'off today', 'day off', 'on leave', 'switchboard', 'secretary', 'his colleague', 'her colleague', 'his coworker', 'her coworker', 'his boss', 'her boss', 'his manager', 'her manager', "doesn't work here", 'does not work here', 'no longer works here', 'not with the company', 'no longer with the company', 'left the company'],
  },
  {
    id: 'spouse',
    zh: ['老公', '老婆', '丈夫', '妻子', '爱人', '媳妇'],
    en: ['husband', 'wife', 'spouse', 'married'],
  },
  {
    id: 'complaint',
    zh: ['投诉', '举报', '告你', '曝光', '监管', '银保监', '金融监管', '12378', '消协', '领导', '主管', '经理', '上级', '工号', '媒体', '记者', '12315', '人民银行', '热线', '上访', '银监', '保监', '金管局', '监管局'],
    en: ['complain*', 'report*', 'supervisor', 'manager', 'boss', 'higher up', 'cfpb', 'bbb', 'regulator*', 'attorney general', 'news', 'media', 'consumer protection', 'your name', 'employee id', 'badge number'],
  },
  {
    id: 'lawyer',
    zh: ['律师', '律所', '法务', '法律', '打官司', '委托', '法庭', '法院', '律师函', '法律援助'],
    en: ['lawyer*', 'attorney*', 'counsel', 'legal', 'law firm', 'represented', 'legal aid', 'advocate'],
  },
  {
    id: 'stop-contact',
    zh: ['别打', '不要打', '别再打', '不要再打', '不要联系', '别联系', '不要再联系', '删了', '拉黑', '骚扰', '烦', '天天打', '有完没完', '一天打', '打来', '不接', '关机', '别来烦', '少打', '别再来', '不打了', '别再来电'],
    en: ['stop calling', "don't call", 'contact*', 'call list', 'harass*', 'leave me alone', 'quit calling', 'times a day', 'stop call*', 'lose my number', 'bothering', 'blocked', 'block your number', 'cease', 'do not call'],
  },
  {
    id: 'defiant',
    zh: ['起诉', '告我', '随便', '无所谓', '不怕', '不会还', '不还', '爱告', '爱怎么', '要命一条', '怎么处理', '告就告', '爱咋', '随你', '看着办', '大不了', '来吧', '你能把我怎么样'],
    en: ['sue', 'court', 'whatever', "don't care", 'not paying', 'never pay*', 'blood from a stone', 'so what', 'bring it', 'try me', 'good luck'],
  },
  {
    id: 'arrest',
    zh: ['坐牢', '抓', '拘留', '判刑', '犯罪', '犯法', '违法', '案底', '公安', '警察', '派出所', '进去', '上门', '刑事', '监狱', '抓起来', '被抓', '蹲监狱', '刑拘', '老赖', '失信', '看守所', '拘役', '局子', '牢饭', '号子'],
    en: ['jail', 'prison', 'arrest*', 'police', 'cops', 'warrant', 'criminal', 'crime', 'illegal', 'locked up', 'handcuff*', 'criminal record', 'behind bars'],
  },
  {
    id: 'insult',
    zh: ['滚', '闭嘴', '有病', '神经病', '脑子', '废话', '你妈', '混蛋', '王八蛋', '傻', '吸血鬼', '垃圾', '畜生', '算什么东西', '骂', '操', '妈的', '傻逼', '狗东西', '贱'],
    en: ['shut up', 'idiot*', 'moron*', 'stupid', 'crook*', 'vulture*', 'bloodsucker*', 'scum', 'screw', 'fuck*', 'bastard*', 'jerk*', 'damn', 'ass', 'shit', 'bitch', 'loser', 'the hell', 'to hell', 'in hell', 'hell no', 'from hell', 'bloody hell', 'hell with'],
  },
  {
    id: 'self-harm',
    zh: ['自杀', '轻生', '跳楼', '跳河', '安眠药', '农药', '割腕', '上吊', '活不下去', '不想活', '一了百了', '楼顶', '天台', '寻死', '想死', '去死', '一死', '不活了', '活够了', '死了算了', '解脱', '没法活', '跳下去', '烧炭', '绝望', '这世上', '离开这个世界', '活着没意思', '遗书'],
    en: ['suicid*', 'kill myself', 'end it all', 'end my life', 'ending my life', 'better off without me', 'better off dead', 'pills', 'overdose', 'reason to live', 'keep living', 'want to die', "don't want to be here", 'no way out', 'hopeless', 'jump off', 'hang myself', 'take my life', 'not worth living', 'ending things', 'end things', 'suicide note', 'goodbye note', "won't be around"],
  },
  {
    // Life events a customer gives as the reason (content round 14): each is answered by its own
    // card, so each is a concept of its own. Written from ordinary speech, never from a held-out query.
    id: 'divorce',
    zh: ['离婚', '离异', '分居', '闹离婚', '离了婚', '婚姻破裂', '单亲', '抚养费', '财产分割'],
    en: ['divorc*', 'separated', 'separation', 'split up', 'alimony', 'custody'],
  },
  {
    id: 'new-baby',
    zh: ['怀孕', '坐月子', '月子', '产假', '生孩子', '生娃', '二胎', '三胎', '宝宝', '预产期', '哺乳', '生育津贴', '满月', '产检', '待产'],
    en: ['pregnan*', 'maternity', 'paternity', 'parental leave', 'newborn', 'new baby', 'had a baby', 'baby', 'twins', 'triplets', 'expecting', 'gave birth'],
  },
  {
    id: 'abroad',
    zh: ['国外', '海外', '出国', '境外', '移民', '外派', '时差', '劳务', '签证', '绿卡', '日本', '美国', '韩国', '澳洲', '澳大利亚', '加拿大', '英国', '欧洲', '非洲', '迪拜', '中东', '留学'],
    en: ['abroad', 'overseas', 'emigrat*', 'relocat*', 'time zone', 'visa', 'green card', 'mexico', 'canada', 'home country', 'out of the country', 'expat*'],
  },
  {
    id: 'disaster',
    zh: ['遭灾', '受灾', '灾区', '洪水', '发大水', '水淹', '淹了', '被淹', '地震', '台风', '泥石流', '山体滑坡', '冰雹', '火灾', '着火', '失火', '烧没了', '烧光', '烧毁', '大火', '暴雨', '安置点', '救灾', '倒塌'],
    en: ['fire', 'fires', 'wildfire*', 'burned down', 'burnt down', 'flood*', 'hurricane*', 'tornado*', 'earthquake*', 'storm', 'disaster*', 'fema', 'evacuat*', 'typhoon', 'landslide', 'mudslide'],
  },
  {
    id: 'scammed',
    zh: ['被骗', '骗走', '骗光', '上当', '受骗', '杀猪盘', '刷单', '网恋', '电信诈骗', '网络诈骗'],
    en: ['scammed', 'conned', 'swindled', 'fraudster*', 'romance scam', 'crypto scam'],
  },
  {
    id: 'business-loss',
    zh: ['生意', '亏了', '赔了', '亏本', '赔本', '个体户', '做买卖', '门面', '档口', '摊位', '合伙人', '店铺', '经营不下去', '开店'],
    en: ['business', 'self-employed', 'self employed', 'my shop', 'my store', 'my restaurant', 'my salon', 'startup', 'my company folded', 'suppliers', 'my clients'],
  },
  {
    id: 'death',
    zh: ['去世', '过世', '走了', '不在了', '人没了', '病逝', '葬礼', '火化', '已经死'],
    en: ['passed away', 'passed', 'died', 'deceased', 'funeral'],
  },
  {
    id: 'credit-record',
    zh: ['征信', '信用记录', '黑名单', '逾期记录', '消掉', '删掉记录'],
    en: ['credit report', 'credit score', 'my credit', 'delete', 'experian', 'equifax', 'transunion', 'credit bureau', 'fico', 'tradeline', 'tradelines', 'credit file', 'credit history', 'derogatory', 'negative mark', 'collection account'],
  },
  {
    id: 'family-decides',
    zh: ['商量', '做不了主', '问问家里', '问问我', '跟家里', '合计', '跟家人', '和家人', '和家里'],
    en: ['talk to my', 'ask my', 'discuss'],
  },
  {
    id: 'paperwork',
    zh: ['明细', '账单', '书面', '对账单', '寄', '函'],
    en: ['in writing', 'paperwork', 'letter', 'mail me', 'proof', 'statement', 'original creditor', 'on paper', 'hard copy', 'paper copy', 'documentation', 'in the post'],
  },
  {
    id: 'instalments',
    zh: ['分期', '停息挂账', '个性化', '60期', '五年', '第70条', '七十条'],
    en: ['installment*', 'instalment*', 'payment plan'],
  },
  {
    id: 'court-case',
    zh: ['传票', '判了', '判决', '执行', '立案', '被起诉'],
    en: ['judgment', 'garnish*', 'summons', 'already sued'],
  },
  {
    id: 'intermediary',
    zh: ['中介', '代理', '法务公司', '第三方', '协商公司'],
    en: ['debt relief', 'debt settlement company', 'agency'],
  },
  // English-only groups (issue 11 round 4): everyday English for reasons the groups above reach
  // only through a pack's exact words. Each also holds the usual words of the reason, which is how
  // it meets the pack's texts.
  {
    id: 'military',
    zh: [],
    en: ['military', 'deployed', 'deployment', 'deploying', 'active duty', 'army', 'navy', 'marine', 'marines', 'air force', 'national guard', 'coast guard', 'stationed', 'ship out', 'ships out', 'shipping out', 'boot camp', 'soldier', 'servicemember', 'service member', 'reservist', 'reserves', 'on base', 'the base', 'scra', 'military orders', 'overseas', 'enlisted', 'troops', 'basic training', 'in the service'],
  },
  {
    id: 'old-debt',
    zh: [],
    en: ['statute*', 'limitations', 'time-barred', 'time barred', 'time limit', 'too old', 'old debt', 'years ago', 'years old', 'expired', 'way back', 'long ago', 'long time ago', 'ages ago', 'forever ago', 'decade*', 'zombie debt', 'ancient', 'ran out', 'past the'],
  },
  {
    id: 'language',
    zh: [],
    en: ['spanish', 'espanol', 'español', 'english', 'ingles', 'inglés', 'interpreter', 'translator', 'translat*', 'habla', 'hablo', 'hablas', 'entiendo', 'mandarin', 'cantonese', 'chinese', 'vietnamese', 'korean', 'tagalog', 'russian', 'french', 'arabic', 'portuguese', 'language'],
  },
  {
    id: 'money-left',
    zh: [],
    en: ['to my name', 'in my account', 'in checking', 'in my checking', 'in the bank', 'bank account', 'down to', 'zero dollars', 'not a penny', 'not a cent', 'last dollar', 'last few dollars', 'overdrawn', 'negative balance', 'nothing left', 'no money', 'out of money', 'broke', 'no cash', 'tapped out', 'got nothing', 'drowning in debt', 'in debt', 'in over my head', 'up to my neck', 'buried in debt', 'cleaned out', 'wiped out', 'hard up', 'short on cash', 'cash poor', 'skint', 'empty wallet', 'wallet is empty', 'wallet empty', 'where am i supposed to get', 'where am i gonna get', 'where am i going to get', 'where would i get', 'where will i get', 'where do i get the money', 'where got money', 'how to pay', 'how am i supposed to pay', 'how am i gonna pay', 'how am i going to pay', 'how would i pay', 'bo lui', 'mou chin', 'no duit', 'no funds', 'insufficient funds', 'funds', "don't have a dime", 'dont have a dime', 'havent got a dime', 'dime to my name', "don't have it", 'dont have it', "don't have the money", 'dont have the money', "haven't got it", 'havent got it', 'got no money', 'cant come up with', 'cant scrape together'],
  },
  {
    id: 'household-costs',
    zh: [],
    en: ['daycare', 'day care', 'childcare', 'child care', 'diapers', 'baby formula', 'new baby', 'tuition', 'groceries', 'gas money', 'car payment', 'mortgage', 'utility bill*', 'too many bills', 'bills', 'rent', 'school supplies', 'school stuff', 'uniforms'],
  },
  {
    id: 'caregiving',
    zh: [],
    en: ['hospice', 'dying', 'terminal', 'terminally', 'palliative', 'taking care of', 'take care of', 'caring for', 'caregiver', 'nursing', 'in and out of', 'emergency room', 'hospital*', 'sick', 'medical', 'covid', 'long covid', 'pneumonia', 'dialysis', 'diabetes', 'kidney', 'seizure*', 'mental health', 'nervous breakdown', 'mental breakdown', 'infection'],
  },
  {
    id: 'part-of-it',
    zh: [],
    en: ['a third', 'a quarter', 'a portion', 'a chunk', 'not all', 'not the full', 'not the whole', 'not everything', 'some of it', 'part of it', 'part', 'partial', 'the most i can', 'most i can', 'all i can', 'something small', 'a little', 'bit by bit', 'a paycheck', 'per paycheck', 'each paycheck', 'every paycheck', 'per week', 'per month', 'tops', 'at most', 'some now', 'rest later', 'the rest next', 'split it', 'two payments', 'a few payments'],
  },
  {
    id: 'someone-else-handles',
    zh: [],
    en: ['handles my', 'handles all my', 'handles that', 'does my', 'does all my', 'looks after my', 'takes care of my', 'deals with my', 'deals with that', 'sorts my', 'manages my', 'pays my', 'in charge of my', 'talk to her', 'talk to him', 'speak to her', 'speak to him', 'speak with her', 'speak with him', 'call her', 'call him', 'ask her', 'ask him', 'take a message', 'ill tell him', 'ill tell her', 'ill let her know', 'ill let him know', 'not here', 'not home', 'not available', 'whos calling', 'who is calling', 'talk to my son', 'talk to my daughter', 'talk to my mom', 'talk to my mum', 'talk to my mother', 'talk to my dad', 'talk to my father', 'talk to my brother', 'talk to my sister', 'talk to my kids', 'talk to my parents', 'speak to my son', 'speak to my daughter', 'speak to my mom', 'speak to my mum', 'speak to my mother', 'speak to my dad', 'speak to my father', 'speak to my brother', 'speak to my sister', 'speak to my kids', 'speak to my parents', 'ask my son', 'ask my daughter', 'ask my mom', 'ask my mum', 'ask my mother', 'ask my dad', 'ask my father', 'ask my brother', 'ask my sister', 'ask my kids', 'ask my parents', 'call my son', 'call my daughter', 'call my mom', 'call my mum', 'call my mother', 'call my dad', 'call my father', 'call my brother', 'call my sister', 'call my kids', 'call my parents', 'his bills', 'her bills', 'his finances', 'her finances', 'his affairs', 'her affairs', 'his mail', 'her mail'],
  },
  {
    id: 'not-authorized',
    zh: [],
    en: ['never authorized', 'never authorised', 'didnt authorize', 'didnt authorise', 'not authorized', 'unauthorized', 'unauthorised', 'never made those', 'didnt make those', 'never bought', 'didnt buy', 'fraud*', 'stolen', 'hacked'],
  },
  {
    id: 'added-user',
    zh: [],
    en: ['put me on', 'added me', 'added to', 'on her card', 'on his card', 'on their card', 'authorized user', 'authorised user', 'just a user', 'primary cardholder', 'secondary', 'account holder', 'cardholder', 'added user', 'additional user', 'added on', 'supplementary card', 'supplementary cardholder', 'additional card', 'extra card', 'only a user', 'joint user', 'user on the account', 'user on her', 'user on his', 'on the account', 'on her account', 'on his account', 'on their account', 'moms card', 'mums card', 'dads card', 'parents card', 'only used it', 'just used it', 'only had a card'],
  },
  {
    id: 'future-money',
    zh: [],
    en: ['comes through', 'come through', 'goes through', 'comes in', 'kicks in', 'as soon as', 'soon as', 'once i', 'once the', 'once my', 'tax refund', 'back pay', 'payout', 'inheritance', 'check comes', 'when my check', 'payday', 'get paid', 'later', 'next month', 'check clears', 'clears', 'settlement check', 'insurance check', 'insurance payout', 'insurance money', 'stimulus check', 'refund comes', 'money comes in'],
  },
  {
    id: 'check-caller',
    zh: [],
    en: ['back of my card', 'number on the back', 'hang up and call', 'call them myself', 'call the bank myself', 'call my bank', 'call the bank', 'real number', 'caller id', 'how did you get', 'who is this really', 'scam*', 'fake', 'legit', 'prove', 'fishy', 'sketchy', 'shady', 'blocked number', 'private number', 'unknown number', 'no caller id'],
  },
  {
    id: 'dare',
    zh: [],
    en: ['do what you gotta do', 'do what you have to', 'do what you need to', 'do what you want', 'do whatever', 'whatever you want', 'do your worst', 'go ahead', 'bring it on', 'take me to court', 'see you in court', 'sue me', 'not paying', 'who cares', 'dont care', 'try me', 'knock yourself out', 'cant make me', 'try and make me'],
  },
  {
    id: 'name-calling',
    zh: [],
    en: ['leech*', 'parasite*', 'thieves', 'thief', 'crooks', 'clowns', 'pathetic', 'vermin', 'lowlife', 'lowlifes', 'scum*', 'bloodsucker*', 'vulture*', 'idiot*', 'moron*', 'jerks', 'losers', 'piss off', 'screw you', 'screw off', 'go to hell', 'shut up', 'bite me', 'shove it'],
  },
  {
    id: 'too-many-calls',
    zh: [],
    en: ['keep calling', 'keeps calling', 'calling me every', 'call today', 'calls today', 'times today', 'calls a day', 'every day', 'every single day', 'all day long', 'nonstop', 'non stop', 'over and over', 'call after call', 'blowing up my phone', 'at night', 'so early', 'stop calling', 'quit calling', 'no more calls', 'leave me alone', 'harass*'],
  },
  {
    id: 'credit-standing',
    zh: [],
    en: ['score', 'credit score', 'my credit', 'buy a house', 'buying a house', 'home loan', 'car loan', 'get a loan', 'get approved', 'approved for', 'pre-approved', 'qualify for', 'lender', 'underwriting', 'mortgage approval'],
  },
  {
    id: 'workplace-closed',
    zh: [],
    en: ['restaurant closed', 'shop closed', 'store closed', 'factory closed', 'plant closed', 'company closed', 'office closed', 'business closed', 'closed down', 'closed up shop', 'out of business', 'went out of business', 'no paycheck', 'no paychecks', 'didnt renew', 'not renewed', 'wasnt renewed', 'contract ended', 'contract ran out', 'contract is up', 'contract is over', 'gig ended', 'no shifts', 'lost my job', 'laid off', 'let go', 'fired', 'out of work', 'unemploy*', 'no work', 'not to come in', 'dont come in', 'work dried up', 'dried up', 'slow season', 'season ended', 'off season', 'no customers', 'no riders', 'no orders', 'business is slow', 'business is dead', 'unpaid leave', 'without pay', 'no pay', 'dont need me', 'didnt need me', 'replaced me', 'no longer need', 'automated'],
  },
  {
    id: 'not-theirs',
    zh: [],
    en: ['belong to me', 'belongs to me', 'not my account', 'not my card', 'not my debt', 'not mine', 'isnt mine', 'aint mine', 'someone elses', 'somebody elses', 'never had', 'never opened', 'never signed', 'dont owe', 'wrong person', 'never heard of', 'never owed', 'didnt owe', 'never borrowed', 'didnt borrow', 'never took out', 'never applied', 'never used', 'never signed up'],
  },
  {
    id: 'close-it-out',
    zh: [],
    en: ['close it out', 'close this out', 'close out', 'close the account', 'call it even', 'call it square', 'clean slate', 'take half', 'accept half', 'take less', 'accept less', 'for less', 'settle*', 'discount', 'lump sum', 'pennies on the dollar', 'best offer', 'knock some off'],
  },
  {
    id: 'not-yet',
    zh: [],
    en: ['soon', 'shortly', 'in a bit', 'in a while', 'eventually', 'not yet', 'not right now', 'hold off', 'more time', 'give me time', 'some time', 'couple weeks', 'few weeks', 'down the road', 'later on'],
  },
  {
    id: 'added-charges',
    zh: [],
    en: ['tacked on', 'added on', 'piled on', 'slapped on', 'stuck on', 'added fees', 'extra fees', 'extra charges', 'late charge*', 'finance charge*', 'service charge*', 'junk fees', 'late fees', 'fees on fees', 'keeps growing', 'gone up', 'ballooned', 'tripled', 'doubled', 'what i spent', 'more than i spent', 'more than i borrowed', 'penalty charge*', 'interest charge*', 'you added', 'youve added', 'you guys added', 'you keep adding', 'keep adding', 'piling up', 'piled up', 'racking up', 'racked up'],
  },
  {
    id: 'busy-now',
    zh: [],
    en: ['on the clock', 'on shift', 'on my shift', 'at my desk', 'with a customer', 'middle of something', 'gotta go', 'cooking', 'making dinner', 'having dinner', 'eating dinner', 'bedtime', 'kids to bed', 'baby to bed', 'baby to sleep', 'in the shower', 'at the gym', 'at church', 'on the bus', 'on the train', 'in traffic', 'on the highway', 'on the freeway', 'on the motorway', 'behind the wheel', 'cant chat', "can't chat", 'about to go into', 'heading into', 'walking into', 'on my way to', 'on my way into', 'at an appointment', 'at the doctor', 'at the doctors', 'at the dentist', 'at a funeral', 'at a wedding', 'at the hospital right now', 'in an appointment'],
  },
  {
    id: 'call-them-myself',
    zh: [],
    en: ['number on my card', 'number on the card', 'number on the back', 'back of my card', 'call the bank myself', 'call them myself', 'call it myself', 'call you back myself', 'look up the number', 'official number', 'official website', 'the real bank'],
  },
  {
    id: 'can-offer',
    zh: [],
    en: ['i can do', 'i could do', 'can only do', 'can manage', 'could manage', 'can swing', 'could swing', 'can spare', 'could spare', 'can scrape', 'could scrape', 'can give you', 'could give you', 'can pay something', 'a few bucks', 'twenty bucks', 'fifty dollars'],
  },
  {
    id: 'gig-work',
    zh: [],
    en: ['uber*', 'lyft*', 'doordash*', 'instacart*', 'grubhub*', 'rideshare*', 'gig', 'gigs', 'gig work', 'deliveries', 'hours got cut', 'cut my hours', 'fewer hours', 'less hours', 'slow season', 'business is slow', 'work is slow', 'work dried up', 'dried up', 'pay cut', 'commission', 'income went down', 'lost my gig'],
  },
  {
    id: 'validation',
    zh: [],
    en: ['validation notice', 'validation letter', 'debt validation', 'validate this debt', 'validate the debt', 'validate it', 'debt verification', 'verification letter', 'verify the debt', 'itemized statement', 'itemised statement', 'paper copy', 'copy of the contract', 'signed contract'],
  },
  {
    id: 'cant-cope',
    zh: [],
    en: ['deal with this', 'deal with it', 'deal with that', 'deal with you', 'deal with you people', 'cant cope', 'cant handle', 'overwhelmed', 'too much going on', 'so much going on', 'a lot going on', 'going through a lot', 'stressed out', 'cant think straight'],
  },
  {
    id: 'laid-to-rest',
    zh: [],
    en: ['buried him', 'buried her', 'buried my', 'we buried', 'laid to rest', 'memorial', 'cremat*', 'obituary', 'no longer with us', 'passed on', 'rest in peace', 'widow', 'widower', 'late husband', 'late wife', 'late father', 'late mother', 'death certificate', 'executor', 'the estate', 'probate', 'funeral'],
  },
  // Round 7: two reasons of the English pack no group said (bankruptcy; income the law protects
  // from collection), abuse as the agent hears or notes it (British and American insults the groups
  // above lack, how a note says it, threats on the agent, as the Chinese group has 弄死你 走着瞧),
  // and complaints taken to a regulator or made public; US, UK, Singapore and Malaysia.
  {
    id: 'insolvency',
    zh: [],
    en: ['bankrupt*', 'bankruptcy', 'chapter 7', 'chapter 11', 'chapter 13', 'chapter seven', 'chapter thirteen', 'bankruptcy petition', 'trustee', 'automatic stay', 'means test', 'insolven*', 'iva', 'individual voluntary arrangement', 'debt relief order', 'sequestration', 'discharged in', 'got a discharge', 'debts discharged', 'debt was discharged'],
  },
  {
    id: 'protected-income',
    zh: [],
    en: ['social security', 'ssi', 'ssdi', 'disability check', 'disability checks', 'disability benefits', 'disability payments', 'on disability', 'va benefits', 'veterans benefits', 'survivor benefits', 'pension', 'state pension', 'retired', 'retirement', 'fixed income', 'welfare', 'food stamps', 'snap benefits', 'ebt', 'child support', 'on benefits', 'universal credit', 'jobseekers allowance', 'cpf', 'epf', 'socso', 'exempt', 'protected income', 'government check'],
  },
  {
    id: 'abuse-on-the-line',
    zh: [],
    en: ['trash', 'rubbish', 'dirtbag*', 'scumbag*', 'asshole*', 'arsehole*', 'dickhead*', 'prick*', 'wanker*', 'tosser*', 'bugger off', 'sod off', 'bollocks', 'worthless', 'disgusting', 'cunt*', 'son of a bitch', 'piece of shit', 'cursing', 'cussing', 'curse words', 'profanity', 'verbally abusive', 'irate', 'name calling', 'know where you live', 'watch your back', 'hunt you down', 'come down there', 'hurt you', 'kill you', 'beat you up', 'punch you', 'youll regret', 'youll be sorry', 'youll pay for this', 'scum*', 'idiot*', 'moron*', 'shut up', 'go to hell', 'screw you', 'piss off', 'bite me', 'shove it', 'swearing', 'swore', 'swears', 'yelling', 'yelled at', 'screaming at', 'screamed at', 'shouting', 'shouted at', 'hostile', 'belligerent', 'abusive', 'garbage', 'filth', 'pigs', 'ill find you', 'come find you', 'find where you live', 'coming for you'],
  },
  {
    id: 'complain-elsewhere',
    zh: [],
    en: ['fca', 'financial ombudsman', 'monetary authority', 'bank negara', 'akpk', 'trading standards', 'citizens advice', 'consumer affairs', 'consumer protection', 'ftc', 'federal trade commission', 'cfpb', 'bbb', 'better business', 'attorney general', 'regulator*', 'banking commissioner', 'department of banking', 'file a complaint', 'filing a complaint', 'formal complaint', 'lodge a complaint', 'complain*', 'report you', 'reporting you', 'online review', 'bad review', 'yelp', 'google review', 'social media', 'post this online', 'tiktok', 'facebook', 'twitter', 'journalist', 'reporter', 'consumer bureau', 'financial protection bureau', 'consumer financial protection', 'ombudsman', 'trade commission'],
  },
  {
    // The card lent to someone who spends on it and was to repay (issue 11 round 8): a reason of
    // its own (the lent-card cards), said without the pack's 借给朋友.
    id: 'lent-out',
    zh: ['借给', '借卡', '卡借', '借我卡', '借了我的卡', '借我的卡', '卡给他', '卡给她', '卡给了', '说好他还', '说好她还', '说好了他还', '他会还', '她会还', '答应还', '答应会还', '帮朋友', '替别人', '替朋友', '卡在他那', '卡在她那', '卡在我朋友'],
    en: [],
  },
  {
    // Calls about the debt made to the customer's family, colleagues or contacts list (issue 11
    // round 8; DOMAIN.md: no contacting the contacts list): the complaint of the tp-complaint cards.
    id: 'told-others',
    zh: ['通讯录', '联系人', '打给我家人', '打我家人', '打到我家', '打给我爸妈', '打我爸妈', '打我同事', '打给我同事', '打到我单位', '打到我公司', '打我单位', '告诉我同事', '告诉我家人', '告诉我爸妈', '告诉我领导', '找我家人', '找我爸妈', '找我同事', '找到我单位', '联系我家人', '联系我妈', '联系我爸', '联系我同事', '侵犯隐私', '泄露隐私', '我的隐私', '让我丢人', '丢人现眼', '全公司都知道'],
    en: [],
  },
  {
    // How the customer says they are treated, not how often they are called (issue 11 round 11,
    // live call): treated as a thief or a criminal, humiliated, scared, spoken to with contempt —
    // a complaint of the calls, which the harassment cards answer (their 威胁, 恐吓, 暴力催收),
    // not a request to stop. Written from general usage as a whole group.
    id: 'mistreated',
    zh: ['像个贼', '像贼', '当贼', '当成贼', '像犯人', '当犯人', '当成犯人', '审犯人', '罪犯', '羞辱', '侮辱', '吓唬', '恐吓', '威胁', '阴阳怪气', '说话难听', '话很难听', '态度差', '态度恶劣', '态度这么差', '态度很差', '不把我当人', '看不起', '瞧不起', '凶我', '吼我', '训我', '骂我', '施压', '人格', '尊严', '暴力催收', '软暴力'],
    en: ['like a criminal', 'like a thief', 'like a crook', 'like dirt', 'like garbage', 'like trash', 'like a deadbeat', 'humiliat*', 'threaten*', 'intimidat*', 'bully*', 'rude', 'disrespect*', 'talk down', 'talked down', 'talking down', 'belittl*', 'demean*', 'degrad*', 'yelled at', 'yelling at', 'screamed at', 'shouting at', 'scare me', 'scaring me', 'scared me'],
  },
];
