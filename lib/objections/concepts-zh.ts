/**
 * Chinese phrasings added to the concept lexicon (concepts.ts) in round 4 of issue 11: everyday and
 * Cantonese ways to state the reasons of DOMAIN.md §4 (冇时间, 迟点, 入院), curses, euphemisms for
 * ending one's life, lower income, waiting for money to come in, no way to borrow; in round 5,
 * threats and wishes of harm on the agent (走着瞧, 遭报应), asking to stop with a word between
 * (别老打, 不要一直打), the places and words of a hospital stay (病房, 抢救), asking about a
 * sentence (判多久); in round 7, Cantonese for the everyday reasons (冇咗份工, 出粮, 还咗, 唔好再打,
 * 仆街); in round 8, Cantonese for busy and later (唔得闲, 迟啲, 听日) and for looking for work
 * (揾紧工), someone else using the card on the sly (偷刷, 乱刷), calls that never stop (打个不停),
 * a complaint said as 反映, back and bone troubles (腰椎, 椎间盘), how tight money is (紧巴, 泡面),
 * a name never heard of on this number (没听过这个名字); in round 9, a question about what not
 * paying leads to (不还会…, 欠钱不还: arrest, and no longer the 不还 of a refusal), a funeral and its
 * rites (后事, 出殡, 骨灰), the papers sent by post or mail (邮寄, 邮箱, 纸质, 清单), a number only just
 * taken (新号, 号才办), a stranger using the card and charge texts (有人刷我的卡, 扣款短信), calls to relatives, a boss
 * or friends (打到我老家, 找我领导), not wanting to be a burden and vanishing for good (不想拖累家人,
 * 彻底消失), a hearing and a ruling enforced (开庭, 强制执行), a repayment done (就还了, 刚还了), the
 * short month (下月) and money said as rice (没米), the person asked for away or busy, said by
 * whoever answers (他人不在, 她现在不方便, 他在上班: someone else, not the 不方便 of bad-time); in round 15,
 * a workplace's answer that the person left (前台, 他已经辞职了, 不在这上班: someone else, not the 辞职 of a lost job). In content round 17 the ways to say one owes everywhere (欠一屁股, 以贷养贷, 拆东墙) moved
 * from no-money to owed-elsewhere. Written from general usage as whole groups, never from a query's words (forms
 * first taken from tuning-set misses were removed again). Kept apart from concepts.ts so its lines
 * merge cleanly with the English groups edited alongside; `LEXICON` is the lexicon with them, same
 * concepts, same order.
 */
import { CONCEPTS, type Concept } from './concepts';

// biome-ignore format: one concept per line
const MORE_ZH: Readonly<Record<string, readonly string[]>> = {
  'no-money': ['方便面', '紧巴巴', '捉襟见肘', '勒紧裤腰带', '不够花', '钱不够', '凑不出', '凑不齐', '没那么多钱', '借不到', '冇米', '唔够钱', '冇晒钱', '使晒', '紧巴', '泡面', '哪来的钱', '没米', '缺米', '没有米'],
  'owed-elsewhere': ['欠一屁股', '以贷养贷', '以卡养卡', '拆东墙'],
  'job-loss': ['收入下降', '收入减少', '工资少了', '降工资', '工资减半', '没订单', '没生意', '生意难做', '公司不行了', '厂里放假', '冇工开', '冇嘢做', '冇咗份工', '冇份工', '俾人炒', '畀人炒', '炒咗', '失咗业', '冇工返', '揾工', '揾紧工', '冇返工', '冇咗工'],
  'illness': ['入院', '睇医生', '病咗', '病倒', '抑郁', '焦虑症', '高血压', '吃药', '输液', '挂水', '养病', '病假', '工伤', '摔伤', '腿断', '病房', '病床', '监护室', '抢救', '急救', '救护车', '门诊', '睇紧医生', '唔舒服', '喺医院', '腰椎', '颈椎', '椎间盘', '腰间盘', '股骨头', '摔了一跤', '摔了一跟头'],
  'later': ['过些日子', '过段日子', '别催', '迟点', '迟些', '再宽限', '给点时间', '多给几天', '再给我点时间', '等钱到', '拿到钱', '年终奖', '理赔', '赔偿款', '报销', '工程款', '拆迁款', '退税', '迟下', '过几日', '过两日', '出粮', '迟啲', '晏啲', '等阵', '阵间', '听日', '过些天', '过些时候', '莫催', '下月', '下月初', '下月中', '下月底'],
  'scam': ['骗钱', '钓鱼', '假冒', '诈骗电话', '冒牌', '凭什么相信', '呃人', '呃钱', '老千'],
  'card-misuse': ['被人用', '信息泄露', '被绑定', '盗号', '卡丢', '乱刷', '偷刷', '偷用', '偷偷用', '偷偷刷', '盗走', '有人用我的卡', '有人刷我的卡', '有人用了我的卡', '有人刷了我的卡', '别人用我的卡', '别人刷我的卡', '谁刷的', '扣款短信', '消费短信', '扣费短信', '网上买', '在外地刷', '没授权'],
  'stop-contact': ['别老打', '别总打', '别一直打', '不要老打', '不要总打', '不要一直打', '别老是打', '不要老是打', '别再找我', '不要再找我', '别打过来', '不要打过来', '别打给我', '不要打给我', '唔好再打', '唔好打', '咪再打', '咪打', '咪烦', '又打来', '又是你们', '打个不停', '没完没了', '名单里去掉', '名单里删'],
  'bad-time': ['冇时间', '冇空', '开紧会', '揸紧车', '返紧工', '忙紧', '喺度开会', '冇闲', '唔得空', '唔得闲', '冇得闲', '而家忙', '依家忙'],
  'defiant': ['要钱没有', '爱咋咋地', '就是不还', '不还了', '死猪不怕开水烫', '冇得还', '唔还'],
  'arrest': ['判几年', '判多久', '判多少年', '坐几年', '关几年', '会被判', '要被判', '量刑', '欠钱不还', '欠债不还', '不还会', '不还要', '不还钱会', '还不上会', '还不上要', '不还的话'],
  'insult': ['断子绝孙', '丧尽天良', '缺德', '没良心', '狗日', '人渣', '败类', '王八', '不得好死', '天打雷劈', '遭报应', '死全家', '弄死你', '打死你', '揍你', '收拾你', '废了你', '走着瞧', '你等着', '仆街', '扑街', '冚家铲', '痴线', '收皮'],
  'self-harm': ['结束生命', '结束自己', '了结自己', '想不开', '寻短见', '活腻了', '永远消失', '彻底消失', '我会消失', '让自己消失', '不想拖累', '拖累家里', '拖累家人', '遗言', '交代后事'],
  'paperwork': ['盖章', '打印', '清单', '邮箱', '邮件', '邮寄', '纸质', '书面材料', '消费记录', '账目'],
  'not-mine': ['唔系我', '唔关我事'],
  'paid': ['还咗', '俾咗钱', '畀咗钱', '过咗数', '入咗数', '就还了', '早就还', '就还过', '就还上了', '就还清了', '刚还了', '都还了', '还了钱', '转了钱'],
  'death': ['过咗身', '后事', '丧事', '骨灰', '下葬', '安葬', '出殡', '追悼会', '遗体', '人都死了', '人死了', '人都走了'],
  'complaint': ['反映', '去反映'],
  'wrong-number': ['没听过这个人', '没听说过这个人', '没听过这个名字', '没听说过这个名字', '这个名字', '这名字', '机主换了', '新号', '新号码', '号才办', '号才用', '号刚办', '号刚用', '刚办的号', '才办的号', '号码才', '叫这个名', '叫这名'],
  'family-decides': ['同屋企人', '屋企人商量'],
  'told-others': ['骚扰我家', '骚扰家里', '骚扰家人', '骚扰我的家人', '打到我老家', '打到老家', '打到家里', '打我家里', '打给我家里', '打给我领导', '打我领导', '找我领导', '联系我领导', '打给我亲戚', '打我亲戚', '联系我亲戚', '找我亲戚', '打给我朋友', '打我朋友', '联系我朋友', '找我朋友'],
  'court-case': ['开庭', '庭审', '出庭', '开过庭', '上过庭', '判下来', '强制执行', '法院执行'],
  'someone-else': ['他人不在', '她人不在', '本人不在', '人不在家', '他人在外地', '她人在外地', '在外地上学', '在外地打工', '他不方便接', '她不方便接', '他现在不方便', '她现在不方便', '他在忙', '她在忙', '他在上班', '她在上班', '他在睡觉', '她在睡觉', '他请假了', '她请假了', '他离职了', '她离职了', '他已经离职', '她已经离职', '他辞职了', '她辞职了', '他已经辞职', '她已经辞职', '他早就离职', '她早就离职', '他早就辞职', '她早就辞职', '不在这上班', '不在这里上班', '不在我们这上班', '不在这工作', '不在这里工作', '不在我们公司', '不在我们单位', '已经不在这', '早就不在这', '前台', '家属接', '我是他家属', '我是她家属'],
};

/** Concept ids MORE_ZH adds to (a test checks each is a concept of CONCEPTS). */
export const MORE_ZH_IDS: readonly string[] = Object.keys(MORE_ZH);

/** CONCEPTS with the phrasings above: indices into CONCEPTS hold for it. */
export const LEXICON: readonly Concept[] = CONCEPTS.map((concept) => ({
  ...concept,
  zh: [...concept.zh, ...(MORE_ZH[concept.id] ?? [])],
}));

/** A concept's index in LEXICON by its id (-1 for none): the one way the readers name a concept. */
export function conceptIndex(id: string): number {
  return LEXICON.findIndex((concept) => concept.id === id);
}
