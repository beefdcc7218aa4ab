/**
 * Red team 11: a pack in another format (call-assist/pack@0, pack@0, no "format" from an earlier
 * draft, a newer pack@2) was refused with "format must be call-assist/pack@1" only: the quality
 * lead learned neither which version they hold nor what to do. Now one line names the version and
 * the step (Studio or CLI validate, then sign again; for a newer format, update the extension),
 * through parsePack, the CLI and the sync service's refusal.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatPackError } from '@/lib/pack/errors';
import { parsePack } from '@/lib/pack/parse';
import { checkForUpdate } from '@/lib/pack/sync';
import { runPack } from '../../../cli/pack';
import { demoPack, packText, signedEnvelope } from '../../fixtures/hostile/make';
import { deps, packServer } from './sync-harness';

const server = packServer();

function withFormat(edit: (pack: Record<string, unknown>) => void): string {
  const pack = demoPack(2) as unknown as Record<string, unknown>;
  edit(pack);
  return packText(pack);
}

function refusal(text: string) {
  const result = parsePack(text);
  if (result.ok) throw new Error('accepted');
  return result.errors;
}

describe('a pack in another format', () => {
  it.each([
    ['call-assist/pack@0', '"call-assist/pack@0"'],
    ['pack@0', '"pack@0"'],
    ['Call-Assist/Pack@0.9', '"Call-Assist/Pack@0.9"'],
  ])('%s: one line naming the version and the upgrade step', (format, named) => {
    const errors = refusal(
      withFormat((p) => {
        p.format = format;
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('olderFormat');
    const en = formatPackError(errors[0] as never, 'en');
    const zh = formatPackError(errors[0] as never, 'zh');
    expect(en).toContain(named);
    expect(en).toContain('Pack Studio');
    expect(en).toContain('npm run -s pack -- validate');
    expect(en).toContain('npm run -s pack -- sign');
    expect(zh).toContain(`旧格式 ${named}`);
    expect(zh).toContain('话术包工作室');
  });

  it('names an older version key when the draft had no "format"', () => {
    const errors = refusal(
      withFormat((p) => {
        delete p.format;
        p.schemaVersion = 0;
      }),
    );
    expect(errors).toHaveLength(1);
    expect(formatPackError(errors[0] as never, 'en')).toMatch(
      /older format, schemaVersion: 0.*sign it again/,
    );
  });

  it('tells how to add a missing "format"', () => {
    const errors = refusal(
      withFormat((p) => {
        delete p.format;
      }),
    );
    expect(errors).toHaveLength(1);
    expect(formatPackError(errors[0] as never, 'en')).toContain('Add "format": "call-assist/pack@1"');
  });

  it('tells an administrator to update the extension for a newer format', () => {
    const errors = refusal(
      withFormat((p) => {
        p.format = 'call-assist/pack@2';
      }),
    );
    expect(errors[0]?.code).toBe('newerFormat');
    expect(formatPackError(errors[0] as never, 'en')).toContain("update the agents' extension");
  });

  it('tells how to write the format in the wrong case or with spaces', () => {
    for (const format of ['CALL-ASSIST/PACK@1', 'call-assist/pack@1 ']) {
      const errors = refusal(
        withFormat((p) => {
          p.format = format;
        }),
      );
      expect(formatPackError(errors[0] as never, 'en')).toContain('write it exactly as "call-assist/pack@1"');
    }
  });

  it('leaves any other value to the schema', () => {
    const errors = refusal(
      withFormat((p) => {
        p.format = 'something else';
      }),
    );
    expect(errors[0]?.code).toBe('invalid_value');
  });

  it('the sync service refuses a signed pack@0 with the upgrade step as its reason', async () => {
    const d = deps();
    server.serveJson(
      '/old.json',
      await signedEnvelope(
        withFormat((p) => {
          p.format = 'call-assist/pack@0';
        }),
      ),
    );
    const record = await checkForUpdate(server.settings('/old.json'), d);
    expect(record).toMatchObject({ result: 'refused' });
    expect(JSON.stringify(record)).toContain('call-assist/pack@0');
    expect(JSON.stringify(record)).toContain('npm run -s pack -- validate');
    expect((await d.packs.active('default-zh-CN'))?.version).toBe(1);
  });

  it('the CLI validate says the same, in one line, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'r11-format-'));
    writeFileSync(
      join(dir, 'old.json'),
      withFormat((p) => {
        p.format = 'pack@0';
      }),
    );
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), cwd: dir, env: {} };
    expect(await runPack(['validate', 'old.json', '--lang', 'en'], io)).toBe(1);
    const text = lines.join('\n');
    expect(text).toContain('1 error');
    expect(text).toContain('older format, "pack@0"');
  });
});
