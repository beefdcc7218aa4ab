/**
 * `npm run -s pack -- <command>`: the pack tool for quality leads and their CI (issue 8).
 *
 *   keygen [--out <name>] [--force]        an Ed25519 key pair: <name>.key (owner-only) and <name>.pub
 *   validate <file>                        schema and reference errors, with JSON paths
 *   lint <file> [--json]                   errors and warnings
 *   sign <file> --key <private> [--out f] [--previous old]
 *                                          the signed envelope (refuses lint errors), the diff vs old
 *   verify <file> --pub <public>...        signature, schema, lint, expiry
 *   diff <old> <new>                       what changed, in words
 *   serve <dir> [--port 8787] [--host h]   a static server with ETag, to try sync locally
 *
 * <file> is a pack (JSON) or a signed envelope. Exit codes: 0 ok, 1 invalid, 2 usage.
 * Messages are in Chinese when LANG starts with zh, else English; `--lang zh|en` chooses.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffPacks, formatDiff } from '../lib/pack/diff';
import { checkEnvelope, openEnvelope, sealEnvelope, serializeEnvelope } from '../lib/pack/envelope';
import { formatPackError } from '../lib/pack/errors';
import { type LintFinding, lintPack } from '../lib/pack/lint';
import { lintAgainstPrevious } from '../lib/pack/lint-gate';
import { parsePack } from '../lib/pack/parse';
import type { Pack } from '../lib/pack/schema';
import { generateKeyPair, keyIdOf } from '../lib/pack/sign';
import { startPackServer } from './pack-serve';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

const USAGE = `usage: npm run -s pack -- <command> [options]

  keygen [--out <name>] [--force]          write <name>.key (private, mode 0600) and <name>.pub;
                                           refuses a folder inside a git work tree without --force
  validate <file>                          check the pack's schema and references
  lint <file> [--json] [--previous <old>]  errors and warnings (undefined variables, unreachable
                                           stages, missing must-say lines, forbidden phrases …;
                                           with --previous: lost rules/checklist/must-say, version jump)
  sign <file> --key <private> [--out <f>] [--previous <old>]
                                           write the signed envelope (refuses lint errors); with
                                           --previous, first print what changed since <old>
  verify <file> --pub <public> [--pub …]   check the signature, schema, lint and expiry
  diff <old> <new>                         what changed: stages, lines, objections, rules, policy
  serve <dir> [--port 8787] [--host 127.0.0.1]
                                           serve pack files with ETag, to try sync locally

<file> is a pack (JSON) or a signed envelope. --lang zh|en chooses the language.
Exit codes: 0 ok, 1 invalid, 2 usage.
`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

const VALUE_OPTIONS = new Set(['out', 'key', 'pub', 'port', 'host', 'lang', 'previous']);
const FLAGS = new Set(['force', 'json', 'help']);

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') args.flags.add('help');
    else if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (FLAGS.has(name)) args.flags.add(name);
      else if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
        args.options.set(name, [...(args.options.get(name) ?? []), value]);
      } else throw new UsageError(`unknown option --${name}`);
    } else args.positional.push(arg);
  }
  return args;
}

function one(args: Args, name: string): string | undefined {
  const values = args.options.get(name);
  if (values && values.length > 1) throw new UsageError(`--${name} given twice`);
  return values?.[0];
}

function readText(io: Io, file: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** A file is a bare pack or an envelope; either way we want the pack text. */
function packTextOf(text: string): {
  payload: string;
  envelope: boolean;
  signatures: { keyId: string; alg: 'Ed25519'; sig: string }[];
} {
  const opened = openEnvelope(text);
  if (opened.ok && !opened.bare)
    return { payload: opened.envelope.payload, envelope: true, signatures: opened.envelope.signatures };
  return { payload: text, envelope: false, signatures: [] };
}

type Language = 'zh' | 'en';

function languageOf(args: Args, io: Io): Language {
  const chosen = one(args, 'lang');
  if (chosen !== undefined) {
    if (chosen !== 'zh' && chosen !== 'en') throw new UsageError('--lang is zh or en');
    return chosen;
  }
  return /^zh/i.test(io.env.LC_ALL || io.env.LANG || '') ? 'zh' : 'en';
}

function parseOrReport(io: Io, file: string, text: string, lang: Language): Pack | undefined {
  const parsed = parsePack(packTextOf(text).payload);
  if (parsed.ok) return parsed.pack;
  io.err(
    `${file}: ${lang === 'zh' ? `${parsed.errors.length} 处错误` : `${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}`}\n`,
  );
  for (const error of parsed.errors) io.err(`  ${formatPackError(error, lang)}\n`);
  return undefined;
}

function printFindings(io: Io, findings: readonly LintFinding[], lang: Language) {
  const word = (f: LintFinding) => (lang === 'zh' ? (f.severity === 'error' ? '错误' : '警告') : f.severity);
  for (const f of findings)
    (f.severity === 'error' ? io.err : io.out)(`  ${word(f)} ${formatPackError(f, lang)}\n`);
}

async function keygen(args: Args, io: Io): Promise<number> {
  if (args.positional.length > 0) throw new UsageError(`keygen takes no file (got ${args.positional[0]})`);
  const base = resolve(io.cwd, one(args, 'out') ?? 'pack-signing');
  const privatePath = `${base}.key`;
  const publicPath = `${base}.pub`;
  if (!args.flags.has('force') && (existsSync(privatePath) || existsSync(publicPath)))
    throw new UsageError(`${privatePath} or ${publicPath} exists; use --force to replace it`);
  // A private key inside a repository is one `git add -A` from being published (issue 14 item 9).
  const repository = gitWorkTreeOf(dirname(privatePath));
  if (repository && !args.flags.has('force'))
    throw new UsageError(
      `${privatePath} is inside the git work tree ${repository}: keep private keys outside any repository (or use --force)`,
    );
  const pair = await generateKeyPair();
  // Owner-only from the first byte: the file is created 0600, then chmod in case it existed.
  writeFileSync(privatePath, `${pair.privateKey}\n`, { mode: 0o600 });
  chmodSync(privatePath, 0o600);
  writeFileSync(publicPath, `${pair.publicKey}\n`, { mode: 0o644 });
  io.out(`private key: ${privatePath} (mode 0600: keep it secret, never publish it)\n`);
  io.out(`public key:  ${publicPath}\n`);
  io.out(`key id:      ${pair.keyId}\n`);
  io.out(
    `trust it (policy "trustedKeys" or the options page): ${JSON.stringify({ keyId: pair.keyId, publicKey: pair.publicKey })}\n`,
  );
  return 0;
}

/** The git work tree (a folder holding `.git`) that contains `dir`, if any. */
function gitWorkTreeOf(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * What reviewers must see before signing (issue 14 item 10): the diff against the version agents
 * have now, and warnings when rules, checklist items or must-say lines disappear.
 */
function reportAgainstPrevious(args: Args, io: Io, pack: Pack, lang: Language): boolean {
  const previousFile = one(args, 'previous');
  if (!previousFile) return true;
  const previous = parseOrReport(io, previousFile, readText(io, previousFile), lang);
  if (!previous) return false;
  io.out(formatDiff(diffPacks(previous, pack), lang));
  printFindings(io, lintAgainstPrevious(previous, pack), lang);
  return true;
}

async function validate(args: Args, io: Io, lang: Language): Promise<number> {
  const [file] = needFiles(args, 1, 'validate <file>');
  const pack = parseOrReport(io, file, readText(io, file), lang);
  if (!pack) return 1;
  io.out(`${file}: ${lang === 'zh' ? '格式正确' : 'valid'} (${pack.id} v${pack.version})\n`);
  return 0;
}

async function lint(args: Args, io: Io, lang: Language): Promise<number> {
  const [file] = needFiles(args, 1, 'lint <file>');
  const pack = parseOrReport(io, file, readText(io, file), lang);
  if (!pack) return 1;
  const previousFile = one(args, 'previous');
  const previous = previousFile
    ? parseOrReport(io, previousFile, readText(io, previousFile), lang)
    : undefined;
  if (previousFile && !previous) return 1;
  const findings = [...lintPack(pack), ...(previous ? lintAgainstPrevious(previous, pack) : [])];
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (args.flags.has('json')) {
    io.out(
      `${JSON.stringify({ id: pack.id, version: pack.version, errors, warnings: findings.length - errors, findings }, null, 2)}\n`,
    );
    return errors > 0 ? 1 : 0;
  }
  printFindings(io, findings, lang);
  const summary =
    lang === 'zh'
      ? `${file}: ${errors} 个错误，${findings.length - errors} 个警告 (${pack.id} v${pack.version})`
      : `${file}: ${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'} (${pack.id} v${pack.version})`;
  (errors > 0 ? io.err : io.out)(`${summary}\n`);
  return errors > 0 ? 1 : 0;
}

async function sign(args: Args, io: Io, lang: Language): Promise<number> {
  const [file] = needFiles(args, 1, 'sign <file> --key <private>');
  const keyFile = one(args, 'key');
  if (!keyFile) throw new UsageError('sign needs --key <private key file>');
  const text = readText(io, file);
  const privateKey = readText(io, keyFile).trim();
  const source = packTextOf(text);
  const pack = parseOrReport(io, file, text, lang);
  if (!pack) return 1;
  if (!reportAgainstPrevious(args, io, pack, lang)) return 1;
  const findings = lintPack(pack);
  if (findings.some((f) => f.severity === 'error')) {
    printFindings(io, findings, lang);
    io.err(`${file}: ${lang === 'zh' ? '有检查错误，拒绝签名' : 'lint errors: not signed'}\n`);
    return 1;
  }
  let sealed: Awaited<ReturnType<typeof sealEnvelope>>;
  try {
    sealed = await sealEnvelope(source.payload, [privateKey]);
  } catch (error) {
    io.err(
      `${keyFile}: ${lang === 'zh' ? '不是 Ed25519 私钥' : 'not an Ed25519 private key'} (${(error as Error).message})\n`,
    );
    return 1;
  }
  // Signing an envelope again adds a signature (a second key during a key rotation).
  const signature = sealed.signatures[0] as (typeof sealed.signatures)[number];
  const signatures = [...source.signatures.filter((s) => s.keyId !== signature.keyId), signature];
  const outFile = resolve(
    io.cwd,
    one(args, 'out') ??
      join(dirname(file), `${basename(file).replace(/(\.signed)?\.json$/i, '')}.signed.json`),
  );
  writeFileSync(outFile, serializeEnvelope({ payload: source.payload, signatures }));
  printFindings(io, findings, lang);
  io.out(
    `${lang === 'zh' ? '已签名' : 'signed'} ${pack.id} v${pack.version} (key ${signature.keyId}) → ${outFile}\n`,
  );
  return 0;
}

async function verify(args: Args, io: Io, lang: Language): Promise<number> {
  const [file] = needFiles(args, 1, 'verify <file> --pub <public>');
  const pubs = args.options.get('pub') ?? [];
  if (pubs.length === 0) throw new UsageError('verify needs --pub <public key file>');
  const trustedKeys = [];
  for (const pub of pubs) {
    const publicKey = readText(io, pub).trim();
    try {
      await keyIdOf(publicKey);
    } catch {
      throw new UsageError(`${pub} is not an Ed25519 public key (32 bytes, base64)`);
    }
    trustedKeys.push({ publicKey });
  }
  const check = await checkEnvelope(readText(io, file), {
    trustedKeys,
    allowUnsigned: false,
    now: Date.now(),
    current: async () => undefined,
  });
  if (check.kind !== 'accepted') {
    const refusal = check.kind === 'refused' ? check.refusal : undefined;
    io.err(`${file}: ${refusal?.message[lang] ?? 'refused'}\n`);
    for (const detail of refusal?.details ?? []) io.err(`  ${formatPackError(detail, lang)}\n`);
    return 1;
  }
  printFindings(
    io,
    check.warnings.map((w) => ({ ...w, severity: 'warning' as const })),
    lang,
  );
  io.out(
    `${file}: ${lang === 'zh' ? '签名有效' : 'signature valid'} (${check.pack.id} v${check.pack.version}, key ${check.signedBy.join(', ')})\n`,
  );
  return 0;
}

async function diff(args: Args, io: Io, lang: Language): Promise<number> {
  const [oldFile, newFile] = needFiles(args, 2, 'diff <old> <new>');
  const before = parseOrReport(io, oldFile, readText(io, oldFile), lang);
  const after = parseOrReport(io, newFile, readText(io, newFile), lang);
  if (!before || !after) return 1;
  io.out(formatDiff(diffPacks(before, after), lang));
  return 0;
}

async function serve(args: Args, io: Io): Promise<number> {
  const [dir] = needFiles(args, 1, 'serve <dir>');
  const port = Number(one(args, 'port') ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port is 0–65535');
  const root = resolve(io.cwd, dir);
  if (!existsSync(root)) throw new UsageError(`${dir} does not exist`);
  const server = await startPackServer({
    dir: root,
    port,
    host: one(args, 'host') ?? '127.0.0.1',
    log: (line) => io.out(`${line}\n`),
  });
  io.out(`serving ${root} at ${server.url}/<file> (ETag, CORS); Ctrl+C stops\n`);
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

function needFiles(args: Args, count: 1, usage: string): [string];
function needFiles(args: Args, count: 2, usage: string): [string, string];
function needFiles(args: Args, count: number, usage: string): string[] {
  if (args.positional.length !== count) throw new UsageError(`usage: ${usage}`);
  return args.positional;
}

export async function runPack(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      (command === undefined ? io.err : io.out)(USAGE);
      return command === undefined ? 2 : 0;
    }
    const args = parseArgs(rest);
    if (args.flags.has('help')) {
      io.out(USAGE);
      return 0;
    }
    const lang = languageOf(args, io);
    switch (command) {
      case 'keygen':
        return await keygen(args, io);
      case 'validate':
        return await validate(args, io, lang);
      case 'lint':
        return await lint(args, io, lang);
      case 'sign':
        return await sign(args, io, lang);
      case 'verify':
        return await verify(args, io, lang);
      case 'diff':
        return await diff(args, io, lang);
      case 'serve':
        return await serve(args, io);
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`pack: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const code = await runPack(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    // `npm run` changes to the project root; INIT_CWD is where the lead typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}
