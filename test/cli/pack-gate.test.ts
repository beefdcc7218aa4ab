/** Issue 14 items 9 and 10: keys are hard to leak; reviewers see what agents get. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Io, runPack } from '@/cli/pack';
import { demoPack, packText } from '../fixtures/hostile/make';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-gate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), cwd, env: { LANG: 'en_US.UTF-8' } };
  const code = await runPack(argv, io);
  return { code, out, err };
}

describe('keygen (item 9)', () => {
  it('refuses to write a private key inside a git work tree unless --force', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'keys'));
    const refused = await run(join(repo, 'keys'), 'keygen', '--out', 'lead');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/inside the git work tree/);
    expect(existsSync(join(repo, 'keys', 'lead.key'))).toBe(false);
    expect((await run(join(repo, 'keys'), 'keygen', '--out', 'lead', '--force')).code).toBe(0);
    expect(existsSync(join(repo, 'keys', 'lead.key'))).toBe(true);
  });

  it('resolves --out against the folder the lead typed `npm run` in (INIT_CWD)', async () => {
    const exec = promisify(execFile);
    await exec('npm', ['run', '-s', '--prefix', ROOT, 'pack', '--', 'keygen', '--out', 'lead'], { cwd: dir });
    expect(existsSync(join(dir, 'lead.key'))).toBe(true);
    expect(existsSync(join(ROOT, 'lead.key'))).toBe(false);
  });

  it('keeps *.key out of git', async () => {
    const exec = promisify(execFile);
    const ignored = await exec('git', ['check-ignore', 'lead.key', 'keys/other.key'], { cwd: ROOT });
    expect(ignored.stdout.trim().split('\n')).toEqual(['lead.key', 'keys/other.key']);
  });
});

describe('sign --previous and lint --previous (item 10)', () => {
  it('prints the diff and warns when a rule disappears', async () => {
    await run(dir, 'keygen', '--out', 'lead');
    writeFileSync(join(dir, 'v2.json'), packText(demoPack(2)));
    const v3 = demoPack(3, (p) => {
      const removed = p.rules.find((r) => r.type !== 'recordingNotice');
      p.rules = p.rules.filter((r) => r !== removed);
    });
    writeFileSync(join(dir, 'v3.json'), packText(v3));
    const signed = await run(dir, 'sign', 'v3.json', '--key', 'lead.key', '--previous', 'v2.json');
    expect(signed.code).toBe(0);
    expect(signed.out).toMatch(/Rule .+ disappears in the new version/);
    expect(signed.out).toMatch(/v2 → v3|2 → 3|version/i);
    const linted = await run(dir, 'lint', 'v3.json', '--previous', 'v2.json', '--json');
    const codes = (JSON.parse(linted.out) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes).toContain('ruleRemoved');
  });

  it('warns about a version jump', async () => {
    writeFileSync(join(dir, 'v2.json'), packText(demoPack(2)));
    const next = demoPack(5000);
    writeFileSync(join(dir, 'next.json'), packText(next));
    const linted = await run(dir, 'lint', 'next.json', '--previous', 'v2.json', '--json');
    const codes = (JSON.parse(linted.out) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['versionJump']));
  });
});
