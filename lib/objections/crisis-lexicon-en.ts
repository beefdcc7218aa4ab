/**
 * The English crisis lexicon (issue 11 §2), and pinyin typed with the IME off: data only, read by
 * crisis-en.ts. Written from how people in distress speak on a collection call, not from the pack;
 * matched on folded text (lib/text/fold.ts: lower case, half-width).
 *
 * Phrase syntax: words with `/` alternatives for one word (apostrophes dropped: can't → cant,
 * I'm → im, I'll → ill); a trailing `$` — the clause ends there, `$$` — the query ends there; a `|`
 * word — a clause break (a comma) stands there, for an afterthought ("want it all to stop, for good").
 */
import { lines, split } from './crisis-words';

/**
 * Pinyin typed with the input method off (buxianghuole): whole syllable runs, spaces ignored.
 * Only runs that read as nothing else (xiangsi is also 相似, zijin 资金, yishu 艺术).
 */
export const PINYIN_STRONG = split(`
  zisha qingsheng buxianghuo buyaohuo buxiangzaihuo huobuxiaqu woxiangsi xiangqusi yisileliao tiaolou gewan
  shaotan shangdiao anmianyao wosile woqusi sigeini rensizhaixiao yisiliaozhi dabuleyisi huozhemeiyisi
  jieshushengming yiliaobailiao xiangsi
`);
/** A run ending in one of these syllables (xiangsi) must end the query or go on with a particle (le, a…): xiang si kao is 想思考. */
export const PINYIN_OPEN_FINALS = split('si');
export const PINYIN_PARTICLES = split('le la a ya ba ne ma suan liao');

/** Cut before matching: hyperbole, refusals, deadlines, dead things. */
export const EN_CUTS = lines(`
  dying/die/died to/for
  to die for
  deadline/deadlines
  dead line/end/tired/broke/serious/sure/set/wrong/last/on/right/card/battery/weight/zone/beat
  kill/kills/killing me
  die/dying/died/dead of/from embarrassment/shame/boredom/laughter/laughing/curiosity/hunger/thirst/heat/cold
  die/dying/died laughing
  over my dead body
  heard from me
  living paycheck
  my life back
  go on vacation/holiday/holidays/leave/strike/break/a/the
  way out of the/this/my contract/deal/agreement/plan/loan/card/account/call/house/job
  rather die than pay/give/talk
  rather be dead than pay/give/talk
  die/dead before i pay/give
  dead/die by the time
  dead in the water
  death benefit/benefits/certificate/certificates/notice/tax/rate
  life insurance/support/savings/policy/expectancy
`);

/**
 * One word of when after a phrase that must end its clause (`$`, `$$`) still lets it end there
 * (crisis-en.ts): "I wrote a note already", "I'm on the bridge now".
 */
export const EN_AFTERTHOUGHTS = split('already now today tonight yesterday anyway too');

export const EN_STRONG = lines(`
  kill/killing/hurt/harm/cut/hang/shoot/drown/poison/stab/starve/off/burn/end myself/himself/herself/themselves
  kill my self
  kms
  suicide
  suicidal
  unalive
  sewerslide
  sewer slide
  end/ending my life
  end my own life
  take/taking my life
  take my own life
  end/ending his/her/their life
  end/ending/take/taking his/her/their own life
  end/ending it all
  end everything
  end this life
  want/wanna/ready to die
  wanna die
  going to die
  wish i was/were dead
  better off dead
  rather be dead
  rather die
  dont want/wanna to live
  dont wanna live
  do not want to live
  dont want to be alive
  no reason to live/continue
  no reason to go on
  no reason to keep going/living
  nothing to live for
  not worth living
  no point living
  no point in living
  no point going on
  no point in going on
  point of living
  point of/in going on
  point in living
  point of/in being/staying alive
  lost/lose/losing the will to live
  no will to live
  tired/sick of living/life
  tired/sick of being alive
  done with life/living
  dont want to exist
  disappear forever
  sleep forever
  never wake up
  hope i dont wake up
  not be here anymore
  give up on life
  overdose
  jump/jumping/jumped off/from a/the bridge/building/roof/balcony/cliff/tower/overpass/window
  jump/jumping/step/stepping/walk/walking/throw/run/lie/lay in front of a/the train/truck/bus/car
  throw myself in front of a/the train/truck/bus/car
  gun to my head
  blow my brains out
  slit/cut my wrist/wrists
  standing/stood on/at the/a roof/rooftop/bridge/ledge
  sitting/sat on the/a ledge
  took/swallowed all my/the pills
  gonna/will/ill/wanna take/swallow all my/the pills
  going/want/ready/about to take/swallow all my/the pills
  take/took/taken/swallow/swallowed a/the whole bottle
  took/swallowed a handful of pills
  pills/rope/gun are/is ready
  bought/got a/the rope
  saving/saved/stockpiling/stockpiled/hoarding pills/meds
  affairs in order
  gave/given/giving/give away my things/stuff/belongings/possessions
  made my peace
  no reason left to live
  gonna jump $
  going to jump $
  life isnt worth it/living
  life is not worth it/living
  stop existing
  take/taking/swallow/swallowing a/the bottle of pills
  dont want to be here/alive anymore
  dont wanna be here/alive anymore
  do not want/wanna to be here/alive anymore
  think/thinking/thought about driving/crashing into a/the wall/tree
  goodbye forever
  said/saying/written/wrote/writing my goodbyes
  said/say/saying goodbye to my family/kids/children/wife/husband/parents/mom/dad
  said/say/saying goodbye to everyone/everybody
  said/say/saying goodbye to the world
  goodbye note/letter
  dies/die with me
  dies/die when i do/die
  a dead man/woman/person/guy/girl
  dig me up
  give you my life
  want/wants/wanted me dead
  me dead $
  worth more dead
  not going to be alive to/next/by/tomorrow/in
  end/ending my suffering/pain
  pain to stop/end forever
  had enough of living/life
  pay/paying/repay with my life
  back with my life
  better off without me
  nobody will/would miss me
  no one will/would miss me
  wont be around/here/alive anymore/forever
  will not be around/here/alive anymore/forever
  wont be around/here/alive much/for longer/long
  will not be around/here/alive much/for longer/long
  wont be alive $
  wont be alive next/by/tomorrow/to/in
  walk/walking/swim/swimming into the sea/ocean/river/lake
  not scared/afraid of dying
  ways/way to die
  way out is death/dying
  way out is to die
  cutting again $
  started cutting $
  final goodbye
  how many pills it takes
  how many pills it would take
  garage with the car/engine running
  dont plan on being here/around/alive
  when they find me $
  no tomorrow for me
  ways/way to end it
  dont deserve to live/exist
  dont deserve to be alive/here
  burden much/for longer/long
  think about is dying/death
  not going to be around/here/alive much/for longer/long
  not going to be around/here/alive anymore
  not be around much longer
  decided to end/die
  decided to end it
  gonna/wanna/will/ill end it tonight/today/now/soon/forever
  going/want/ready to end it tonight/today/now/soon/forever
  gonna/wanna/will/ill end it for good
  going/want/ready to end it for good
  gonna/wanna/will/ill/should end it $
  going/want/ready/planning/about to end it $
  feel like/about ending it $
  thinking of/about ending it $
  want it all to end
  wanna dye $
  want to dye $
  and not wake up
  not wake up again
  pills saved/stockpiled/stored/hidden
  better off gone
  better off not existing/alive/here/around
  thought/thinking/figured/planned about/out how id/to do it
  saving/saved/stockpiling/stockpiled/hoarding my/up pills/meds/medication/tablets
  dont want to wake up $
  dont want to wake up tomorrow/again/anymore/ever
  better without me
  drive/driving/drove/go/going/walk off a/the bridge/cliff/roof/building
  except/but dying/death $
  think/thinking/thought about dying/death
  hurting/harming/starving/drowning/poisoning/cutting myself
  i/ill/id disappear/disappeared/vanish/vanished for good
  i should/could/would/might/will/can/gonna/must disappear/vanish for good
  have/got the/my/all/these pills right here
  have/got the/my/all/these pills here $
  have/got the/my/all/these pills ready/with me
  think/thinking/thought of/about jumping $
  dont/cant/cannot see a/any/the reason/point to/in live/living
  dont/cant/cannot see a/any/the reason/point to/in keep living/going
  want/wish it all to be over
  want/wish it all to stop forever/permanently
  want/wish it all to stop for good
  want/wish it all to stop | forever/permanently
  want/wish it all to stop | for good
  wish it would all stop forever/permanently
  wish it would all just stop forever/permanently
  edge of the/a roof/rooftop/bridge/building/cliff/balcony/platform/overpass
  im/am at/on the bridge/roof/rooftop/ledge/tracks/cliff/overpass $
  im/am at/on the bridge/roof/rooftop/ledge/tracks/cliff/overpass right now
  im/am on/at the railway/train/rail tracks/track/line $
  im/am up/out on the bridge/roof/rooftop/ledge/overpass/tracks/cliff/building $
  im/am up/out on the bridge/roof/rooftop/ledge/overpass/tracks/cliff/building right now
  wont be around/alive for much longer
  will not be around/alive for much longer
  not going to be around/alive for much longer
  gave/given/giving/give away all my/the things/stuff/belongings/possessions
  gave/given/giving/give away everything i own/have
`);

export const EN_WEAK = lines(`
  got/have/bought/holding a/the/my gun
  gun/pills/rope right here
  cant/cannot go on
  cant take it/this anymore
  cant do this anymore
  cant live like this
  hopeless
  no way out
  cant/cannot/dont see a/any way out
  do/can not see a/any way out
  see no way out
  drive/driving/drove/crash/crashing my/the car into a/the wall/tree
  drive/driving into a/the wall/tree
  end of my rope
  nothing left to live for
  give up
  wont be around $$
  not going to be around/here $$
  ive decided $$
  i have decided $$
  made up my mind $$
  said/saying goodbye $$
  this is my last call $
  this is my last phone call $
  written/wrote/left/writing a/my note/letter $
  written/wrote/left/writing a/my note/letter for/to my family/kids/children/wife/husband/parents
  burden to/on my family/everyone/kids/children/wife/husband/parents
  im a burden
  gonna do it tonight
  going to do it tonight
  this is goodbye $
  nothing to look forward to
  stockpiling/stockpiled
  wrote/written a will
  waste of space/oxygen/air
  notes/letters for/to everyone/everybody
  tonights the night
  all be over soon $
  im just a burden
  want to disappear
  collect from my grave
  read about me in the news
  after tonight $
  my life is over
  nothing left for me
  turned/turn/turning the gas on
  locked myself in
  my last message
  not scared/afraid of death
  have everything ready $
  got everything planned/planned out $
  gonna/will/ill end this $
  going to end this $
  letter/note/letters/notes to/for my kids/children/family/wife/husband/parents
  writing/wrote/written/made my will
  ive made peace $
  gave/given/giving/give away my dog/cat/pets
  cant see a/any future
  no future for me
  want everything to stop/end
  wish i was/were never born
  end/ending things $
  point in anything
  nothing matters anymore
  written/wrote/left/writing notes/letters to/for my family/kids/children/wife/husband/parents
  could disappear
  dead men/people dont/cant pay
  no point anymore $
  done with everything $
  im/am up on the bridge/roof/rooftop/ledge/overpass/tracks/cliff/building
  talking/talks/talked/thinking/thinks/thought about ending things/everything
  wont be here/around next week/month/year/time anyway
  will not be here/around next week/month/year/time anyway
  bought/got/have/buying a gun
`);

/**
 * A farewell said as final (round 11): read strong, unless the query also promises or reports the
 * payment (EN_PAID: "I'll pay it off and you'll never hear from me again" is a customer done with
 * the bank, not with life).
 */
export const EN_FAREWELL = lines(`
  last time youll/you hear from me
  last time you will hear from me
  youll/you never hear from me again
  you will never hear from me again
  you wont hear from me again/ever/anymore
  you will not hear from me again/ever/anymore
  wont be a problem/burden for/to anyone/anybody
  will not be a problem/burden for/to anyone/anybody
`);
export const EN_PAID = lines(`
  ill/will/gonna pay/settle/clear
  going to pay/settle/clear
  pay/paid/paying/clear/cleared it/this/that/everything off
  pay/paid/paying off
  pay/paid/paying in full
  settled/settle
`);

/**
 * The bare die/dead/gone with the speaker as its subject, wanted or foreseen: "I should just die",
 * "when I'm dead", "I'll be dead soon". Words between the subject and the anchor are auxiliaries.
 */
export const EN_FIRST_PERSON = new Set(split('i im ill id ive me myself'));
/** Subject forms that carry a will or a future themselves (I'll, I'd). */
export const EN_SUBJECT_WITH_WILL = new Set(split('ill id'));
export const EN_AUXILIARIES = new Set(
  split(`
    am m be been was were will would should shall could might may must going gonna to want wanna wish hope rather
    better just really probably soon already as well so then ready about let deserve honestly maybe simply
    happier easier off
  `),
);
/** A will or a future among the auxiliaries. */
export const EN_WILL = new Set(
  split(
    'will would should shall could might may must going gonna want wanna wish hope rather better ready about deserve',
  ),
);
/** Right before the subject: a condition or a wish ("if I die", "when I'm dead", "let me die", "hope I die"). */
export const EN_BEFORE_SUBJECT = new Set(split('if when once after until till let hope wish'));
/** Right after the anchor, a future of its own (I'm dead soon). */
export const EN_AFTER_ANCHOR_WILL = new Set(split('soon'));
/** "gone" is a death only when what follows is not a place or a time (gone for two weeks). */
export const EN_AFTER_GONE = new Set(split('you they nobody no everyone everybody my then the who your'));
/** Said for death itself: read as "dead" (when I'm six feet under). */
export const EN_DEATH_WORDS = lines(`
  six feet under
  in my grave
  pushing up daisies
`);
export const EN_GAME = new Set(split('game games gaming level respawn fortnite minecraft boss'));
