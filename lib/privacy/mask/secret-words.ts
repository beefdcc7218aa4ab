/**
 * A password of letters only (privacy16): "密码是 admin", "password is hunter" were stored, since a
 * value needed a digit ("password is wrong" must stay). A word is a password only where the note
 * says so outright: directly after 是/为/:/=/改成 … or is/was/changed to … following a password cue
 * (密码, 口令, password, passcode, pwd, pw, security answer; a PIN or a one-time code is digits), in
 * its clause or the next (交易密码忘了，重置后是 qwerty). Not a password (the word stays):
 * - Chinese after the link (密码是对的, 密码是什么, 密码是生日): only Latin letters are read;
 * - an ordinary word (wrong, correct, the same, what, his, birthday …) or one shaped like an
 *   adjective or participle (expired, working, sensitive, easily …);
 * - a word another English word follows ("password is set to expire", "password is case
 *   sensitive"), unless that word starts a new thought (and, but, so, then, thanks);
 * - a word before 码/吗/呢/么 (密码是 PIN 码吗).
 * Letters and symbols without a digit (P@ssword!) are a password too. Hidden whole, kind 'secret'.
 */
import { OPENING } from './links';
import type { Scan } from './scan';
import { HANDS_OVER_ZH, REACH } from './secret-clauses';

const PASSWORD_CUE =
  '(?:(?:密码(?![锁器箱柜])|口令)|(?<![a-z])(?:pass[ \\t]?words?|pass[ \\t]?code|passwd|pwd|pw|security[ \\t]+answer)(?![a-z]))';

// biome-ignore format: one word list
const ORDINARY = [
  'wrong', 'right', 'correct', 'incorrect', 'invalid', 'valid', 'same', 'different', 'what', 'unknown', 'none', 'null',
  'blank', 'empty', 'missing', 'forgotten', 'lost', 'locked', 'blocked', 'reset', 'fine', 'okay', 'good', 'bad', 'weak',
  'strong', 'new', 'old', 'long', 'short', 'simple', 'easy', 'hard', 'secret', 'private', 'safe', 'secure', 'known',
  'not', 'also', 'still', 'too', 'very', 'just', 'being', 'his', 'her', 'hers', 'my', 'mine', 'the', 'their', 'theirs',
  'your', 'yours', 'our', 'ours', 'its', 'this', 'that', 'these', 'those', 'there', 'here', 'now', 'gone', 'off',
  'active', 'default', 'temporary', 'temp', 'current', 'previous', 'original', 'initial', 'latest', 'due', 'sent',
  'needed', 'required', 'mandatory', 'optional', 'pending', 'true', 'false', 'yes', 'yeah', 'nope', 'nothing',
  'something', 'anything', 'unchanged', 'birthday', 'name', 'date', 'number', 'phone', 'mobile', 'email', 'address',
  'account', 'card', 'pin', 'code', 'login', 'username', 'user', 'letters', 'digits', 'numbers', 'characters', 'words',
  'lowercase', 'uppercase', 'capitals', 'complicated', 'tricky', 'weird', 'strange', 'obvious', 'over', 'under', 'about',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'zero', 'ok', 'set', 'done',
  'given', 'shown', 'written', 'taken', 'chosen', 'stolen', 'broken', 'hidden', 'seen', 'clear', 'unclear',
  'sure', 'unsure', 'personal', 'standard', 'random', 'complex', 'enough', 'below', 'above', 'inside', 'attached',
];
/** Shapes of an adjective, a participle or an adverb: expired, working, sensitive, easily … */
const WORD_ENDINGS = 'ed|ing|ly|able|ible|ive|ous|ful|less|ness|ment|tion|sion';
/** Words after the value that start a new thought, so the value still ends its own. */
const NEXT_THOUGHT = 'and|but|so|then|thanks|thx|please|pls|per|which|as|for|ok';

/** Only is/was/changed to (not said, gave: "he said thanks" is no password). */
const IS = "(?:(?<![a-z])(?:is|was|(?:changed|set|reset|updated) to)|(?<![a-z])(?:it|that)'s)(?![a-z])";

const WORD = '[a-z][a-z!@#$%^&*_+=~.-]{3,39}';
const SECRET_WORD = new RegExp(
  `${PASSWORD_CUE}${REACH}(?:${HANDS_OVER_ZH}|${IS})[ \\t]*${OPENING}[ \\t]*` +
    `(?!(?:${ORDINARY.join('|')})(?![a-z])|[a-z]{0,36}(?:${WORD_ENDINGS})(?![a-z]))(${WORD})(?![a-z0-9])` +
    `(?![ \\t]*(?:码|吗|呢|么)|[ \\t]+(?!(?:${NEXT_THOUGHT})(?![a-z]))[a-z])`,
  'g',
);

export function maskSecretWords(scan: Scan): void {
  for (const match of scan.work.matchAll(SECRET_WORD)) {
    const value = (match[2] ?? '').replace(/[.!~-]+$/, '');
    const start = match.index + match[0].length - (match[2] ?? '').length;
    if (scan.isFree(start, start + value.length)) scan.hideWhole('secret', start, start + value.length);
  }
}
