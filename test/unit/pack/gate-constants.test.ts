/**
 * Review debt, round 13: pack constants written in another case or width. Per field:
 * - the schema's constants (levels, parse types, rule types, stop kinds, phases…) are exact: a
 *   `Block` or `MONEY` is refused, and the sentence names the writing to use, in zh and en, through
 *   the one zod-issue translator;
 * - ids the pack defines itself are unique as the one folding reads them: `PTP` beside `ptp`, or
 *   flag `ATTY` beside `attorney`'s twin `ａｔｔｏｒｎｅｙ`, is refused as one id written twice;
 * - a reference still names an id exactly, and "did you mean" offers the id as defined.
 */
import { parsePack } from '../../../lib/pack/parse';
import { errorsOf, type Json, mutated } from './parse-helpers';

const refused = (edit: (pack: Json) => void) => errorsOf(parsePack(mutated(edit)));

describe('a schema constant in another case or width', () => {
  it.each<[string, (pack: Json) => void, string, string]>([
    ['a rule level', (p) => (p.rules[0].severity = 'Block'), 'rules[0].severity', 'block'],
    [
      'a parse type',
      (p) => (p.crm.adapters[0].fields.overdueAmount.parse = 'MONEY'),
      'crm.adapters[0].fields.overdueAmount.parse',
      'money',
    ],
    ['a rule type', (p) => (p.rules[1].type = 'AttemptCap'), 'rules[1].type', 'attemptCap'],
    [
      'a stop kind',
      (p) => (p.rules[3].flags[1].stops = 'Collection'),
      'rules[3].flags[1].stops',
      'collection',
    ],
    ['a phase', (p) => (p.scripts[0].stages[0].phase = 'IDENTIFY'), 'scripts[0].stages[0].phase', 'identify'],
    ['a full-width level', (p) => (p.rules[2].severity = 'ｗａｒｎ'), 'rules[2].severity', 'warn'],
    [
      'a level with a zero-width space',
      (p) => (p.rules[2].severity = 'warn\u200b'),
      'rules[2].severity',
      'warn',
    ],
  ])('refuses %s and says how to write it', (_name, edit, path, meant) => {
    const errors = refused(edit);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({ path, code: 'invalid_value' });
    expect(error?.message.en).toContain(`write "${meant}"`);
    expect(error?.message.en).toContain('values are exact');
    expect(error?.message.zh).toContain(`应写作 "${meant}"`);
    expect(error?.message.zh).toContain('区分大小写');
  });

  it('keeps the list of allowed values for a value that is no writing of any', () => {
    const [error] = refused((p) => (p.rules[0].severity = 'stop'));
    expect(error?.message.en).toContain('allowed values: warn, block');
    expect(error?.message.en).not.toContain('write "');
  });
});

describe('an id the pack defines, written twice in another case or width', () => {
  it.each<[string, (pack: Json) => void, string, string, string]>([
    [
      'a disposition',
      (p) => p.dispositions.push({ ...p.dispositions[0], id: 'ptp', key: undefined }),
      'dispositions[7].id',
      'ptp',
      'PTP',
    ],
    [
      'a stage',
      (p) => (p.scripts[0].stages[1].id = 'IDENTIFY'),
      'scripts[0].stages[1].id',
      'IDENTIFY',
      'identify',
    ],
    [
      'a stop flag of one rule',
      (p) => (p.rules[3].flags[0].flag = 'ＡＴＴＯＲＮＥＹ'),
      'rules[3].flags[1].flag',
      'attorney',
      'ＡＴＴＯＲＮＥＹ',
    ],
  ])('refuses %s as one id twice', (_name, edit, path, id, first) => {
    const errors = refused(edit).filter((error) => error.code === 'duplicateId');
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error?.path).toBe(path);
    expect(error?.message.en).toContain(`"${id}" differs from "${first}"`);
    expect(error?.message.en).toContain('only in case or width');
    expect(error?.message.zh).toContain('只差大小写或全角半角');
  });

  it('still names an exact repeat a duplicate, as before', () => {
    const errors = refused((p) => (p.rules[3].flags[0].flag = 'attorney'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.en).toContain('Duplicate stop flag id "attorney"');
  });

  it('refuses a reference written in another case, offering the id as defined', () => {
    const errors = refused((p) => (p.objections[0].leadsTo.disposition = 'hrd'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'objections[0].leadsTo.disposition', code: 'unknownReference' });
    expect(errors[0]?.message.en).toContain('"HRD"');
  });
});
