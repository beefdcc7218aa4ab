/**
 * The Chinese crisis lexicon (issue 11 §2): data only, read by crisis-zh.ts. Written from how
 * people in distress speak on a collection call (DOMAIN.md §4), not from the pack; matched on
 * folded text (lib/text/fold.ts: half-width, 您 → 你).
 *
 * Pattern syntax (compiled once by crisis-zh.ts):
 *   `A|B~3C|D` — A or B, then at most 3 characters, then C or D, in one clause (`~3,`: the gap
 *   may cross a comma); a gap never holds another person (他, 爸… — a relative's death is the
 *   deceased card's job);
 *   a leading `@` — the nearest person named before it in the clause is the speaker or nobody;
 *   a trailing `$` — only particles (了 呢 啊…) until the clause ends.
 */
import { lines, split } from './crisis-words';

/**
 * Phrases whose 死/活/走 is not about the speaker's life, cut out (a clause break) before matching:
 * hyperbole (X死了, X死我了, X得要死), refusals (死都不还, 死活, 死也不), deadlines, things that
 * are "dead" (死机, 死账), idioms, the law (死刑), and miss-you (想死你).
 */
export const ZH_CUTS = split(`
  死期 死线 死活 死也 死都 死了也不还 死了都不还 死了也不给 死了也不会还 死了也还不 死不 死乞白赖 死磕 死缠 死皮赖脸 死心 死机 死账 死卡 死循环 死刑 死罪 死缓
  死了个 死了一个 死了两个 死党 死忠 死胡同 死脑筋 死板 死贵 死等 死守 死扛 死撑 死死 死命 死定 死鬼 死脑子 死要面子 死要钱 死对头 死角 死人
  死我 想死你 拼死 装死 作死 找死 该死 猝死 半死 要死不活 得要死 得快死 得半死
  笑死 累死 烦死 忙死 饿死 渴死 热死 冷死 冻死 晒死 闷死 憋死 气死 吓死 困死 急死 愁死 疼死 痛死 穷死 坑死
  整死 弄死 打死 撑死 恨死 爱死 馋死 丑死 臭死 吵死 挤死 怕死 难受死 无聊死 郁闷死 羡慕死 后悔死 心疼死 担心死
  坟头草 紫砂壶 紫砂锅 你想死 你们想死 死里逃生 紧张死 尴尬死 麻烦死 倒霉死 折腾死 折磨死 拖死 耗死 你去死 他去死 去死吧你
  活路 活动 干活 灵活 快活 活该 生活 活期 没活够 复活
`);

/** Phrases that hold a cut (生活, 死都, 死我): looked for before the cuts. */
export const ZH_STRONG_UNCUT = split('不想生活 不想再生活 把自己~3死 死自己 让~3撞死');
export const ZH_WEAK_UNCUT = split('逼死 往死里逼 不怕死 死都不怕 死都死了');

/**
 * Wishes fire whatever the subject (a customer telling of a relative's suicide wish still needs
 * the card); acts and methods (`@`) only when no one else is their subject (我哥上个月跳楼了 is
 * the deceased card's). With traditional forms (自殺), IME homophones (烧碳, 割碗) and internet
 * euphemisms (紫砂 for 自杀, 想去世).
 */
export const ZH_STRONG = [
  ...split(`
    寻死 想死 求死 一死 以死 死给 死在你 不想活 不要活 不活了 活不下去 活不成 活够 活腻
    生不如死 死了算了 死掉算了 一了百了 陪葬 遗书 遗言 收尸 同归于尽 诀别 永别 伤害自己
    不想醒 没脸活 一睡不醒 结束这一切 结束一切 离开这个世界 离开人世 离开人间 去另一个世界
    再也见不到我 永远见不到我 自殺 輕生 遺書 遺言 跳樓 燒炭 安眠藥 結束生命 紫砂 想去世
    永远结束 短见 自我了断 死法 怎么死最 往下跳 变成鬼 做鬼 给我上坟 出人命 炭盆
  `),
  ...split(`
    自杀 自尽 轻生 自残 自伤 割腕 割脉 烧炭 上吊 跳楼 跳河 跳江 跳海 跳桥 跳下去 卧轨 服毒 喝农药 敌敌畏 百草枯
    老鼠药 吞药 安眠药 吃一瓶 整瓶药 烧碳 割碗 跳搂
  `).map((act) => `@${act}`),
  ...lines(`
    想|要|说要|准备|打算~2自杀|自尽|轻生|跳楼|上吊|割腕|烧炭|卧轨|喝农药
    了结|了断~2一切|这一切
    准备|打算|想|要去~2喝药
    查|搜|找~4怎么死|怎么自杀
    @刀~3磨好$
    @遗照
    @骨灰
    酒~8,吃了|吞了~3药
    不想~2活
    不~3活了
    结束~4生命
    了结|了断|结束~3自己
    死~3算了
    死~2好了
    大不了~4死
    活着~5意思|意义
    活着~3干嘛
    活着~4累赘|拖累|多余|没用|有什么用|干什么|受罪|遭罪|还有什么|浪费|笑话|必要
    不配|不值得~2活
    为什么|怎么|干嘛~2还活着
    天台|楼顶|江边|河边|海边|桥上~8,不回来|回不来
    马上|现在|这就|今晚~2跳$
    开车~3撞墙|撞树|撞上去|冲下去
    割~3腕
    @在手腕|在手臂|在胳膊|往手腕|往手臂|往胳膊~3划|割
    @划|割~3手腕|手臂|胳膊|动脉
    烧了|烧一|点了|点一~2炭
    把煤气|把燃气~2打开|开着|开了$
    拿|用~3命~2抵|还|赔
    去那边陪|去地下陪|到那边陪
    楼上~3跳
    从~8跳下|跳出去|往下跳
    吃~4药死
    药~3都吃了
    吞~3药
    吃了|喝了|吞了|吃下~3瓶|把~3药
    这条命|我的命~3拿去|给你们|赔给|不要了
    把自己~3了结|了断|结束|解决
    我要是|我如果|我万一|万一我|要是我|如果我|我哪天~2走了|不在了~4,孩子|家里|爸妈|父母|老婆|老公|家人
    我的~1坟|墓
    我坟|我墓
    楼顶|天台|顶楼|窗台|窗外|栏杆|楼沿|桥上|桥边|护栏~3坐着|站着|蹲着|站了|坐了|待了
    世界~3再见|告别|道别|拜拜
    我~3走了~4,孩子|家里|爸妈|父母|老婆|老公~3拜托|托付|交给|照顾
    就去|这就去|马上去|马上就去~1河边|江边|海边|湖边|桥上|楼顶|天台|铁轨$
    坟头|坟前|坟上|坟里~3找我|要
    割|划|捅|扎|砍~2自己
    @药~3都买好|都准备好|已经买好|已经准备好
    喝~3农药
    买~3农药|绳子|木炭|炭
    准备~3农药|绳子|木炭
    @绳子|农药|木炭~3买好|准备好|备好|挂好
    @攒~4药
    @药~3攒了|攒够|囤了
    @药~3囤好|攒好|囤够|囤齐|攒齐
    @安排|交代|准备|想好~3后事
    @后事~3安排|交代|准备|想好
    我的后事
    想好~4怎么~1死|结束|了断|离开
    站在|坐在|爬上|爬到|站到|走到|跑到|到了|已经到~2楼顶|天台|顶楼|楼沿|窗台|窗外|栏杆|桥上|桥边|江边|河边|海边|湖边|铁轨|阳台边|阳台外
    在~1楼顶|天台|顶楼|楼沿|窗台|窗外|栏杆外|铁轨$
    已经在~1桥上|桥边|江边|河边|海边|湖边|铁轨$
    跟|和|向~3家人|家里人|孩子|老婆|老公|爸妈|父母|所有人|大家|这个世界~2告别|道别
    告别|道别~2家人|家里人|孩子|老婆|老公|爸妈|父母|所有人|大家|这个世界
    没有我|没了我|少了我~8,更好|轻松|解脱|过得好
    我~3走了~1你们就|你们也|你们再也|他们就|大家就|家里就|就再也|就没人|一了百了|也好|算了|就解脱|就好了|谁来还|谁还
    我~3不在了~3,你们|以后|之后|就|谁|孩子|家里|这笔|这钱|钱|债
    从~4世界~2消失
    想|求|只想|彻底|永远|早点|早日~1解脱
    睡过去~2不醒|不要醒|别醒
    永远~2睡
    没什么|没有~4留恋
    没|不|无|难~4活下去
    我要是|我如果|我万一|万一我|要是我|如果我|我哪天|哪天我~2没了|不在了$
    我要是|我如果|我万一|万一我|要是我|如果我|我哪天|哪天我|等我|我就要|我快要|我马上~2不在人世|不在这个世界
    我可能|我也许|我大概|我或许|我早就|我已经~2不在人世|不在这个世界
    要我的命|要我命|要命~6,给你们|拿去
    带着|抱着|和|跟|带~3孩子|儿子|女儿|家人|老婆~3一起~1跳|死|走|了断
    绳子|农药|木炭~8,想好了|准备好了
    不想|不要|不再|别再~3醒过来|醒来
    @木炭|炭盆|炭~8,胶带|封窗|封门|封死窗|封死门
    @胶带|封窗|封门|封死窗|封死门~8,木炭|炭盆|炭
    @绳子|农药|安眠药~6买回来|买回家|买到了|弄到了|搞到了
    我在|我现在在|我已经在|我正在|我就在|我人在|我一个人在|我现在一个人在~1桥上|桥边|江边|河边|铁轨|轨道$
    @东西|家当|所有东西~2都送人|送人了|送给别人|分给别人|分给了别人|分掉了|送掉了
  `),
];

/**
 * A farewell said as final (round 11: 以后不会再麻烦你们了): read strong, unless the query also
 * promises or reports the payment (ZH_PAID: 下个月还清，以后不会再麻烦你们了 is done with the bank).
 */
export const ZH_FAREWELL = lines(`
  不会再|不再|再也不会|再也不~2麻烦|打扰|拖累~1你们|大家|任何人|别人
`);
export const ZH_PAID = split('还清 还完 结清 付清 还上 按时还 会还 全部还 一次性还');

export const ZH_WEAK = [
  ...split(`
    撑不下去 撑不住 熬不下去 熬不住 扛不住 挺不过去 受不了了 没希望 没有希望 绝望 走投无路 活着好累 活着太累
    活得好累 活得太累 崩溃 消失算了 不想醒 没有意义 累赘 了无牵挂 再也找不到我 永远找不到我 联系不上我
    生无可恋 了无生趣 万念俱灰 心如死灰
  `),
  ...lines(`
    想~1消失
    只有|只能~3解脱
    下辈子~3还
    拖累|连累~2家里|家人|孩子|老婆|老公|爸妈|父母|任何人|大家
    孩子|家里|家人|老婆|老公|爸妈|父母~3安排好|交代好|托付
    这是我最后一|我这是最后一~3电话|通话|次接|次打|次听|次跟你们|次和你们|次给你们
    没几天|没多久~1活
    活不了几天|活不长了
    没有人|没人~2在乎我|关心我
    我~3废物
    想好~4怎么~1走
    想好了~4,今晚|今天|马上|明天~1走
    活下去
    想不开
    一走了之$
    先走一步
    药~3在手边
    给~1孩子|女儿|儿子|老婆|老公|爸妈|父母|家人~2的信
    交代|安排~3后面的事
    会消失|要消失$
    我~5不在了$
    烂命|贱命
    跟|对|给~3妈|爸|家人|孩子|老婆|老公~3说了对不起|说对不起|道歉|道了歉
    安静地走|静静地走|悄悄地走|默默地走$
    不想~2撑了|撑下去|坚持
    今晚~2结束
    @在~1桥上|桥边|江边|河边|海边|湖边$
    这辈子~1就这样了|完了|到头了
    活不过
    活不起
    留了信|留了一封信|留下一封信
    信~3留给|给我|写给~2女儿|儿子|孩子|老婆|老公|爸妈|父母|家人
    @遗嘱
    没什么|没有~4牵挂
    要不是|不是因为|不是为了|舍不得|放不下~5孩子|家人|家里|爸妈|父母|老婆|老公|女儿|儿子|老人~5,早就|早~3走了|死了|不在了|没了|解脱了
    我人~1没了|不在了
    让自己|把自己~3消失
  `),
];

/**
 * The bare 死 with the speaker as its subject: 我 (or 俺, 老子…) before it in the clause, a gap of
 * modal words only (no 的: 我的花死了; no other person: 我爸死了; no negation: 我不会死).
 */
export const ZH_FIRST_PERSON = split('我们 我 俺 老子 咱们 咱 本姑娘');
/** Another person or a thing as the subject: the death is not the speaker's. */
export const ZH_OTHER_PERSON = split(`
  本人 你 他 她 它 爸 妈 爹 娘 父 母 公 婆 夫 妻 儿 女 哥 姐 弟 妹 爷 奶 叔 姨 舅 伯 姑 孙 友 家 狗 猫 鱼 花 树 草
`);
/** Characters a pattern gap never holds (another person between the two halves). */
export const ZH_GAP_PERSONS = '他她爸妈爹娘父母夫妻儿女哥姐弟妹爷奶叔姨舅伯姑孙';
/**
 * The only characters a gap between the speaker and 死 may hold: time, modal and manner words
 * (我要是哪天真的死了, 我干脆一头撞死, 我已经想好怎么死了). Anything else — 的 (我的花死了),
 * a noun (我们村死了个人), a negation (我不会死, 我差点死了) — and it is not a wish.
 */
export const ZH_GAP_ALLOWED =
  '嗯呃啊哎唉活着要是如果哪天一有明今晚马上现在立刻就也都早迟真快会可能去想还干脆宁愿直接等只好准备打算决定已经当场这那很该应得头撞跳淹摔喝药吃再先索性随时总给看着被怎么么好';
/** Removed from the gap before that check: 真的/的话 are no possessive, 不如/恨不得 no negation. */
export const ZH_GAP_WORDS_OK = split('真的 的话 还不如 不如 恨不得 巴不得');
/** 被 in the gap: driven to death by someone (被逼死) — a weak signal. */
export const ZH_PASSIVE = '被';
/** The impersonal subject (人死债消, 人死了就不用还了): 人 opening the clause, or after one of these. */
export const ZH_IMPERSONAL = '人';
export const ZH_OPENERS = split(
  '反正 都说 不是说 听说 俗话说 要是 如果 万一 大不了 那就 就 还不如 干脆 一个 哪天 我这种 我这样的 像我这种 像我这样的 我这个',
);
/** Without the speaker named: a will right before 死 (不如死了, 干脆死) … */
export const ZH_WILL_BEFORE = split('想 去 寻 求 不如 干脆 宁可 宁愿 只能 只有 只好 准备 打算 早点');
/** … or the death as an end right after it (死了就不用还了, 死了拉倒, 人死债消). */
export const ZH_END_AFTER = split(`
  算了 好了 得了 拉倒 干净 一了百了 就不用 不用还 就没 就清 你们 就解脱 就好 就完 也好 比较好 更好
  就轻松 都轻松 就舒服 就安静 就清净 就结束 最好 就什么都不用 什么都不用
  债消 账消 债就 账就 钱就 债没 债是不是就
`);
/** A relative named anywhere: an impersonal 人死了… is a question about the deceased. */
export const ZH_KIN = split(
  '爸 妈 爹 娘 父亲 母亲 老公 老婆 丈夫 妻子 儿子 女儿 爷爷 奶奶 家人 亲人 去世 过世 他 她',
);
/** He or she wanting it (客户说他要去死): a will among the gap's words, not 他们 (a curse). */
export const ZH_THIRD_PERSON = split('他 她');
export const ZH_THIRD_PERSON_WILL = split('想 去 寻 求 准备 打算 干脆 宁可 宁愿 不如');
/** Reporting verbs (他说死了就不用还了): the subject search stops there. */
export const ZH_REPORTING = '说讲称';
/** A game on the line: 我又死了 is the player's character. */
export const ZH_GAME = split('游戏 王者 吃鸡 副本 复活 排位 手游 关卡 打团 英雄联盟');
/** Particles that may stand between a `$` pattern's end and the clause break. */
export const ZH_PARTICLES = '了呢啊吧呀哦嘛啦的上边面顶';
/** Punctuation that ends a clause (the other non-Han characters are dropped). */
export const ZH_CLAUSE_BREAKS = '，。！？；：,.!?;:、\n';
/** Latin typed mid-sentence with the IME off (我想si, 不想huo了) or in English (我想die), read as the character. */
export const ZH_LATIN_SYLLABLES: Readonly<Record<string, string>> = {
  si: '死',
  huo: '活',
  zisha: '自杀',
  zs: '自杀',
  die: '死',
};
