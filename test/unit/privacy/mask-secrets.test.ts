/**
 * Privacy round 15: secrets a customer reads out (a PIN, a banking password, a one-time code) were
 * stored as typed ("…，密码123456", "网银密码是 abc12345"), and English cues allowed four characters
 * before the number ("the security code on the back is 382" was kept). A secret is hidden whole,
 * always as six stars, the cue kept; text that names no secret stays as typed.
 */
import fc from 'fast-check';
import { maskPersonalNumbers } from '@/lib/privacy/mask';

const SIX = '******';

describe('secrets after the word that names them (privacy15)', () => {
  it.each([
    ['银行卡6222021234567890，密码123456', '银行卡************7890，密码******'],
    ['网银密码是 abc12345', '网银密码是 ******'],
    ['取款密码 654321', '取款密码 ******'],
    ['交易密码：888888', '交易密码：******'],
    ['支付密码为 135790', '支付密码为 ******'],
    ['查询密码：１２３４５６', '查询密码：******'],
    ['登录密码 Abc@1234', '登录密码 ******'],
    ['网银登录密码是ABC12345，已提醒客户不要透露', '网银登录密码是******，已提醒客户不要透露'],
    ['動態密碼 482913', '動態密碼 ******'],
    ['口令：open5678', '口令：******'],
    ['动态码 1234', '动态码 ******'],
    ['短信验证码 482913', '短信验证码 ******'],
    ['验证码是 A7K9', '验证码是 ******'],
    ['密码一二三四五六', '密码******'],
    ['密码 1 2 3 4 5 6', '密码 ******'],
    ['密码 123 456', '密码 ******'],
    ['密码已经改为 qwe123', '密码已经改为 ******'],
    ['密码是生日19900101', '密码是生日******'],
    ['密码123456，新密码654321', '密码******，新密码******'],
    ['取款密码和查询密码都是123456', '取款密码和查询密码都是******'],
    ['123456是他的取款密码', '******是他的取款密码'],
    ['密码「abc123」', '密码「******」'],
    ['PIN码 1234', 'PIN码 ******'],
    ['ＰＩＮ　１２３４', 'ＰＩＮ　******'],
    ['my PIN is 4321', 'my PIN is ******'],
    ["my pin's 2580", "my pin's ******"],
    ['pin code: 9876', 'pin code: ******'],
    ['PIN#1234', 'PIN#******'],
    ['pin1234', 'pin******'],
    ['the PIN is 1234.', 'the PIN is ******.'],
    ['PIN changed to 4455', 'PIN changed to ******'],
    ['the PIN is his birthday 0815', 'the PIN is his birthday ******'],
    ['my pin is one two three four', 'my pin is ******'],
    ['PIN is double four double two', 'PIN is ******'],
    ['pin 12 34', 'pin ******'],
    ['password: Abc12345', 'password: ******'],
    ['ＰＡＳＳＷＯＲＤ：ａｂｃ１２３', 'ＰＡＳＳＷＯＲＤ：******'],
    ["password = 'abc123'", "password = '******'"],
    ['the password he gave me is letmein99', 'the password he gave me is ******'],
    ['password was reset to Welcome1', 'password was reset to ******'],
    ['pass word is abc123', 'pass word is ******'],
    ['pwd=abc123', 'pwd=******'],
    ['PW: Tr0ub4dor', 'PW: ******'],
    ['passcode 7788', 'passcode ******'],
    ['abc123 is my password', '****** is my password'],
    ['4821 was her PIN', '****** was her PIN'],
    ['the OTP is 123456', 'the OTP is ******'],
    ['OTP: 551 234', 'OTP: ******'],
    ['OTP 123-456', 'OTP ******'],
    ['the OTP he read out was 482913', 'the OTP he read out was ******'],
    ['one-time code 482913', 'one-time code ******'],
    ['one time password: 771204', 'one time password: ******'],
    ['verification code 482913', 'verification code ******'],
    ['Verification Code is 123456', 'Verification Code is ******'],
    ['SMS code 6789', 'SMS code ******'],
    ['security answer is fluffy2010', 'security answer is ******'],
  ])('%j → %j', (typed, stored) => {
    const result = maskPersonalNumbers(typed);
    expect(result.text).toBe(stored);
    const secrets = stored.match(/(?<!\*)\*{6}(?!\*)/g)?.length;
    expect(result.masked.find((m) => m.kind === 'secret')?.count).toBe(secrets);
  });

  it('hides the length too: a 4-digit PIN and a 12-character password both read as six stars', () => {
    expect(maskPersonalNumbers('PIN 1234').text).toBe(`PIN ${SIX}`);
    expect(maskPersonalNumbers('password Tr0ub4dor&3xyz').text).toBe(`password ${SIX}`);
    expect(maskPersonalNumbers('PIN 1 2 3 4 5 6 7').text).toBe('PIN * * * * * * *');
  });

  it('counts a secret, a card and a security code each under its own kind', () => {
    expect(maskPersonalNumbers('卡号 4111111111111111，安全码 123，取款密码 654321').masked).toEqual([
      { kind: 'card', count: 1 },
      { kind: 'cvv', count: 1 },
      { kind: 'secret', count: 1 },
    ]);
  });

  it('masking twice changes nothing more', () => {
    for (const text of ['密码******', 'PIN ******', '****** is my password']) {
      expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
    }
  });

  it.each([
    '密码锁',
    '密码锁坏了 2 个',
    '忘记密码了',
    '重置密码',
    '客户忘记密码，已指引到柜台重置',
    '密码输错3次被锁',
    '密码输错三次被锁定，请致电95588',
    '忘记密码请拨打 95588',
    '密码 6 位',
    '交易密码 5000 元以上需要输入',
    '5000 元是支付密码上限',
    '密码有效期 180 天',
    '验证码 60 秒后重发',
    '密码 2026-12-02 重置过',
    '密码 14:30 重置',
    '还款 3000 元，密码正确',
    '客户说动态码收不到，明天 10:00 再打',
    '密码器序列号 SN12345',
    'reset your password',
    'password is wrong',
    'the password was wrong 3 times',
    'password is 3rd attempt',
    'password expires in 90 days',
    'password changed on 2026-12-02',
    'password is correct, balance 12,345.67',
    'OTP valid for 300 seconds',
    'verification code expired at 14:30',
    'the OTP is fine, paid 1234.50',
    'pinpoint 3 issues',
    'spin class 1234',
    'PIN locked after 3 tries',
    'PIN pad broken, 2 retries',
    'pay 1500 by 12/15, PIN not needed',
    'ext 8021, 分机 8021',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });

  it.each([
    ['OTP sent to 13800138000', 'OTP sent to *******8000'],
    ['验证码发到 13800138000 了', '验证码发到 *******8000 了'],
    ['password reset, call back 13800138000', 'password reset, call back *******8000'],
  ])('a phone after a secret cue is a phone, not the secret: %j', (typed, stored) => {
    expect(maskPersonalNumbers(typed)).toEqual({ text: stored, masked: [{ kind: 'phone', count: 1 }] });
  });

  it('no digit of a generated secret survives, whatever the cue, link and value', () => {
    const cue = fc.constantFrom(
      '密码',
      '取款密码',
      '网银密码',
      '口令',
      '动态码',
      '短信验证码',
      'PIN',
      'password',
      'OTP',
      'pwd',
    );
    const link = fc.constantFrom('', ' ', '：', '是', '是 ', ': ', ' is ', ' = ');
    const value = fc.oneof(
      fc.stringMatching(/^\d{4,12}$/),
      fc.stringMatching(/^[a-zA-Z]{2,6}\d{2,6}[a-zA-Z]{0,3}$/),
    );
    const after = fc.constantFrom('', '，已提醒客户', '. thanks', ' 客户已改');
    fc.assert(
      fc.property(cue, link, value, after, (c, linkTyped, v, a) => {
        // A word glued to an English cue ("PINAA00") is another word: a space between them.
        const l = linkTyped === '' && /^[a-z]/i.test(c) && /^[a-z]/i.test(v) ? ' ' : linkTyped;
        const stored = maskPersonalNumbers(`${c}${l}${v}${a}`).text;
        expect(stored).toBe(`${c}${l}${SIX}${a}`);
      }),
      { numRuns: 400 },
    );
  });
});

describe('an English cue reads a few words to its number (privacy15)', () => {
  it.each([
    ['the security code on the back is 382', 'the security code on the back is ***', 'cvv'],
    ['the security code printed on the back is 382', 'the security code printed on the back is ***', 'cvv'],
    ['CVV on the back: 382', 'CVV on the back: ***', 'cvv'],
    ['security code: the three digits are 382', 'security code: the three digits are ***', 'cvv'],
    ['cvv is three eight two', 'cvv is ***', 'cvv'],
    ['安全码印在卡背面是382', '安全码印在卡背面是***', 'cvv'],
    ['卡背面三位数是382', '卡背面三位数是***', 'cvv'],
    ['背后的3位数字 382', '背后的3位数字 ***', 'cvv'],
    ['the three digits on the back are 382', 'the three digits on the back are ***', 'cvv'],
    ['the 3-digit code on the back is 382', 'the 3-digit code on the back is ***', 'cvv'],
    ['card verification code 382', 'card verification code ***', 'cvv'],
    ['his SSN on file is 123456789', 'his SSN on file is *****6789', 'ssn'],
    [
      'the account number on the statement is 62220212345678',
      'the account number on the statement is **********5678',
      'account',
    ],
  ])('%j', (typed, stored, kind) => {
    expect(maskPersonalNumbers(typed)).toEqual({ text: stored, masked: [{ kind, count: 1 }] });
  });

  it.each([
    'security code sent to 13800138000 by SMS, call 4008201234',
    'the account is 30 days past due',
    'the account balance is 12,345.67',
    'security code, the card was issued 2019',
    'CVV 无，客户说卡背面磨损了',
    '卡背面有划痕，3 位看不清',
  ])('keeps %j: no number is handed over', (text) => {
    const result = maskPersonalNumbers(text);
    expect(result.masked.filter((m) => m.kind !== 'phone')).toEqual([]);
    expect(result.text.replace(/\*+\d{4}/g, '')).not.toContain('*');
  });
});
