import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Io, runPack } from '@/cli/pack';
import { etagOf, startPackServer } from '@/cli/pack-serve';
import { demoPack, HOSTILE_DIR, packText } from '../fixtures/hostile/make';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), cwd: dir, env: { LANG: 'en_US.UTF-8' } };
  const code = await runPack(argv, io);
  return { code, out, err };
}

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe('npm run pack', () => {
  it('keygen writes an owner-only private key and the public key, and will not overwrite them', async () => {
    const made = await run('keygen', '--out', 'lead');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/key id: {6}[0-9a-f]{16}/);
    expect(statSync(join(dir, 'lead.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'lead.pub'), 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect((await run('keygen', '--out', 'lead')).code).toBe(2);
    expect((await run('keygen', '--out', 'lead', '--force')).code).toBe(0);
  });

  it('validate: 0 for a pack or an envelope, 1 with JSON paths for errors', async () => {
    expect((await run('validate', write('ok.json', packText(demoPack(2))))).code).toBe(0);
    const bad = await run(
      'validate',
      write(
        'bad.json',
        packText(
          demoPack(2, (p) => {
            (p as Record<string, unknown>).version = 'two';
          }),
        ),
      ),
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('version:');
    copyFileSync(join(HOSTILE_DIR, 'dangling-goto.json'), join(dir, 'dangling.json'));
    const dangling = await run('validate', 'dangling.json');
    expect(dangling.code).toBe(1);
    expect(dangling.err).toMatch(/scripts\[0\]\.stages\[0\]\.lines\[1\]\.answers\[0\]\.goto/);
  });

  it('lint: warnings exit 0, errors exit 1; --json for CI', async () => {
    const warned = await run(
      'lint',
      write(
        'w.json',
        packText(
          demoPack(2, (p) => {
            p.changelog = [];
          }),
        ),
      ),
    );
    expect(warned).toMatchObject({ code: 0 });
    expect(warned.out).toContain('warning changelog:');
    const failed = await run(
      'lint',
      write(
        'e.json',
        packText(
          demoPack(2, (p) => {
            const l = p.scripts[3]?.stages[0]?.lines[0];
            if (l) l.text = '{{ssn}}';
          }),
        ),
      ),
    );
    expect(failed.code).toBe(1);
    expect(failed.err).toContain(
      'error scripts[3].stages[0].lines[0].text: Variable "{{ssn}}" has no source',
    );
    const json = await run('lint', 'e.json', '--json');
    // The frozen base pack predates round 10's warnings (flags named by code): only errors are pinned.
    const report = JSON.parse(json.out) as { errors: number; findings: { code: string; severity: string }[] };
    expect(report.errors).toBe(1);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
      'undefinedVariable',
    ]);
    const zh = await run('lint', 'e.json', '--lang', 'zh');
    expect(zh.err).toContain('个错误');
  });

  it('sign → verify round trip; verify refuses another key and an edited payload', async () => {
    await run('keygen', '--out', 'lead');
    await run('keygen', '--out', 'other');
    write('v2.json', packText(demoPack(2)));
    const signed = await run('sign', 'v2.json', '--key', 'lead.key');
    expect(signed.code).toBe(0);
    expect(signed.out).toMatch(/signed default-zh-CN v2 \(key [0-9a-f]{16}\)/);
    const envelope = JSON.parse(readFileSync(join(dir, 'v2.signed.json'), 'utf8')) as {
      payload: string;
      signatures: unknown[];
    };
    expect(envelope.payload).toBe(packText(demoPack(2)));
    expect((await run('verify', 'v2.signed.json', '--pub', 'lead.pub')).code).toBe(0);
    const wrongKey = await run('verify', 'v2.signed.json', '--pub', 'other.pub');
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.err).toMatch(/not trusted/);
    write(
      'edited.json',
      JSON.stringify({ ...envelope, payload: envelope.payload.replace('第 2 版', '第 3 版') }),
    );
    expect((await run('verify', 'edited.json', '--pub', 'lead.pub')).err).toMatch(/Bad signature/);
    // Signing the envelope again with a second key adds a signature (key rotation).
    expect((await run('sign', 'v2.signed.json', '--key', 'other.key', '--out', 'both.json')).code).toBe(0);
    expect(
      (JSON.parse(readFileSync(join(dir, 'both.json'), 'utf8')) as { signatures: unknown[] }).signatures,
    ).toHaveLength(2);
    expect((await run('verify', 'both.json', '--pub', 'other.pub')).code).toBe(0);
  });

  it('sign refuses a pack with lint errors and writes nothing', async () => {
    await run('keygen', '--out', 'lead');
    write(
      'threat.json',
      packText(
        demoPack(2, (p) => {
          const l = p.scripts[3]?.stages[2]?.lines[0];
          if (l) l.text = '不还就让你坐牢。';
        }),
      ),
    );
    const refused = await run('sign', 'threat.json', '--key', 'lead.key');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/forbidden phrase "让你坐牢"/);
    expect(() => statSync(join(dir, 'threat.signed.json'))).toThrow();
  });

  it('diff prints what changed', async () => {
    write('v1.json', packText(demoPack(1)));
    write(
      'v2.json',
      packText(
        demoPack(2, (p) => {
          const cap = p.rules.find((r) => r.type === 'attemptCap');
          if (cap?.type === 'attemptCap') cap.maxPerDay = 5;
        }),
      ),
    );
    const diff = await run('diff', 'v1.json', 'v2.json');
    expect(diff.code).toBe(0);
    expect(diff.out).toContain('default-zh-CN v1 → v2');
    expect(diff.out).toContain('maxPerDay: 6 → 5');
    expect(diff.out).toContain('1 line changed, 1 rule changed');
  });

  it('usage errors exit 2', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('sign', 'x.json')).code).toBe(2);
    expect((await run('verify', 'x.json')).code).toBe(2);
    expect((await run('validate', 'missing.json')).code).toBe(2);
    expect((await run('lint', 'a', 'b')).code).toBe(2);
    expect((await run('lint', 'a', '--bogus')).code).toBe(2);
    expect((await run('help')).code).toBe(0);
  });

  it('runs as `npm run -s pack` with real exit codes', async () => {
    const exec = promisify(execFile);
    write('v2.json', packText(demoPack(2)));
    const ok = await exec('npm', ['run', '-s', 'pack', '--', 'validate', join(dir, 'v2.json')], {
      cwd: ROOT,
    });
    expect(ok.stdout).toContain('valid (default-zh-CN v2)');
    const failed = await exec(
      'npm',
      ['run', '-s', 'pack', '--', 'validate', join(HOSTILE_DIR, 'not-json.json')],
      { cwd: ROOT },
    ).catch((e: { code: number }) => e);
    expect((failed as { code: number }).code).toBe(1);
  });
});

describe('pack serve', () => {
  it('serves files with a strong ETag, 304 on If-None-Match, CORS, and nothing outside the folder', async () => {
    write('pack.json', '{"payload":"x","signatures":[]}');
    write('secret.key', 'private');
    const server = await startPackServer({ dir, port: 0 });
    try {
      const first = await fetch(`${server.url}/pack.json`);
      const etag = first.headers.get('etag');
      expect(first.status).toBe(200);
      expect(etag).toBe(etagOf(Buffer.from('{"payload":"x","signatures":[]}')));
      expect(first.headers.get('access-control-allow-origin')).toBe('*');
      expect(first.headers.get('access-control-expose-headers')).toBe('ETag');
      const again = await fetch(`${server.url}/pack.json`, { headers: { 'If-None-Match': etag ?? '' } });
      expect(again.status).toBe(304);
      const preflight = await fetch(`${server.url}/pack.json`, { method: 'OPTIONS' });
      expect(preflight.headers.get('access-control-allow-headers')).toBe('If-None-Match');
      for (const path of ['/secret.key', '/../etc/passwd', '/%2e%2e/x', '/.hidden', '/']) {
        expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
      }
      expect((await fetch(`${server.url}/pack.json`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
