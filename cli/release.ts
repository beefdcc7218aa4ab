/**
 * `npm run release -- [options]`: everything an administrator deploys (issue 18), from a fresh clone.
 *
 *   --key <file>          the bank's RSA private key (PEM) that fixes the Chrome/Edge id; created,
 *                         owner-only, if missing. Keep it: a new key is a new extension id.
 *                         Default .keys/call-assist-extension.pem
 *   --base-url <url>      the static host serving the packs, the CRX and the update manifests
 *                         Default https://packs.example.com/call-assist
 *   --gecko-id <id>       Firefox add-on id. Default call-assist@example.com
 *   --pack-url <url>      managed packUrl written into the templates. Default <base-url>/pack.json
 *   --pack-id <id>        managed packId. Default default-zh-CN
 *   --trusted-key <b64>   a trusted Ed25519 public key (repeatable; `npm run pack -- keygen` makes one)
 *   --out <dir>           Default .output/release
 *
 * CRM origins granted at install come from CRM_ORIGINS, as for `npm run build`.
 * Writes: call-assist.crx, updates.xml (Chrome/Edge), call-assist-unsigned.xpi and updates.json
 * (Firefox; the .xpi must be signed by Mozilla before it is published), extension-id.txt, and
 * policies/ (Windows ADMX/ADML + .reg, Linux JSON, Firefox policies.json, macOS .mobileconfig).
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shownUrl } from '../lib/pack/shown-url';
import { isAllowedPackUrl } from '../lib/pack/sync';
import { extensionIdOf, packCrx3, publicKeyDer } from './release/crx';
import { checkManagedValues, readManagedSchema } from './release/managed-schema';
import { type Deployment, policyTemplates } from './release/policy-templates';

const root = resolve(import.meta.dirname, '..');

/** Bad input: one clear line, exit code 2 (as `npm run pack`), no stack trace. */
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
const KEY_PLACEHOLDER = 'REPLACE_WITH_BASE64_ED25519_PUBLIC_KEY';

const { values: args } = parseArgs({
  options: {
    key: { type: 'string', default: '.keys/call-assist-extension.pem' },
    'base-url': { type: 'string', default: 'https://packs.example.com/call-assist' },
    'gecko-id': { type: 'string', default: 'call-assist@example.com' },
    'pack-url': { type: 'string' },
    'pack-id': { type: 'string', default: 'default-zh-CN' },
    'trusted-key': { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: '.output/release' },
  },
});

const out = resolve(root, args.out);
const base = args['base-url'].replace(/\/+$/, '');
const keyFile = resolve(root, args.key);

if (!existsSync(keyFile)) {
  mkdirSync(dirname(keyFile), { recursive: true });
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  console.warn(
    `Created a new extension key: ${keyFile}\nKeep it safe and reuse it: the extension id is derived from it.`,
  );
}
const privateKey = createPrivateKey(readFileSync(keyFile));
const spki = publicKeyDer(privateKey);
const chromeId = extensionIdOf(spki);

const deployment: Deployment = {
  chromeId,
  geckoId: args['gecko-id'],
  chromeUpdateUrl: `${base}/updates.xml`,
  firefoxInstallUrl: `${base}/call-assist.xpi`,
  values: {
    packUrl: args['pack-url'] ?? `${base}/pack.json`,
    // A visible placeholder rather than an empty list, which would trust no key at all.
    trustedKeys: (args['trusted-key'].length > 0 ? args['trusted-key'] : [KEY_PLACEHOLDER]).map(
      (publicKey) => ({
        publicKey,
      }),
    ),
    syncMinutes: 15,
    allowUnsigned: false,
    packId: args['pack-id'],
  },
};
// The extension would refuse such a pack URL at run time; say so now, before anything is deployed.
if (!isAllowedPackUrl(String(deployment.values.packUrl)))
  fail(
    `The pack URL must be https (or http on localhost), with no user name or password in it: ${shownUrl(String(deployment.values.packUrl))}`,
  );
const schema = readManagedSchema();
const problems = checkManagedValues(schema, deployment.values);
if (problems.length > 0) fail(`Managed values do not fit managed-schema.json:\n${problems.join('\n')}`);

rmSync(out, { recursive: true, force: true });
const buildDir = join(out, 'build');
const wxt = (browserArgs: string[], env: Record<string, string>) =>
  execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'zip', ...browserArgs], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_OUT_DIR: buildDir, ...env },
  });
wxt([], {
  CALL_ASSIST_PUBLIC_KEY: spki.toString('base64'),
  CALL_ASSIST_CHROME_UPDATE_URL: deployment.chromeUpdateUrl,
});
wxt(['-b', 'firefox', '--mv3'], {
  CALL_ASSIST_GECKO_ID: deployment.geckoId,
  CALL_ASSIST_FIREFOX_UPDATE_URL: `${base}/updates.json`,
});

const zipOf = (suffix: string) => {
  const name = readdirSync(buildDir).find((file) => file.endsWith(suffix));
  if (!name) throw new Error(`wxt zip wrote no *${suffix} in ${buildDir}`);
  return readFileSync(join(buildDir, name));
};
const version = JSON.parse(readFileSync(join(buildDir, 'chrome-mv3/manifest.json'), 'utf8'))
  .version as string;

writeFileSync(join(out, 'call-assist.crx'), packCrx3(zipOf('-chrome.zip'), privateKey));
writeFileSync(
  join(out, 'updates.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${chromeId}">
    <updatecheck codebase="${base}/call-assist.crx" version="${version}"/>
  </app>
</gupdate>
`,
);
writeFileSync(join(out, 'call-assist-unsigned.xpi'), zipOf('-firefox.zip'));
writeFileSync(
  join(out, 'updates.json'),
  `${JSON.stringify({ addons: { [deployment.geckoId]: { updates: [{ version, update_link: deployment.firefoxInstallUrl }] } } }, null, 2)}\n`,
);
writeFileSync(join(out, 'extension-id.txt'), `chrome/edge ${chromeId}\nfirefox ${deployment.geckoId}\n`);
for (const [path, text] of Object.entries(policyTemplates(schema, deployment))) {
  const file = join(out, 'policies', path);
  mkdirSync(dirname(file), { recursive: true });
  // regedit reads "Version 5.00" files as UTF-16LE with a byte-order mark.
  writeFileSync(file, path.endsWith('.reg') ? Buffer.from(`\ufeff${text}`, 'utf16le') : text);
}
rmSync(buildDir, { recursive: true, force: true });
if (args['trusted-key'].length === 0)
  console.warn(
    `No --trusted-key: the policy templates say ${KEY_PLACEHOLDER}; put your pack signing key there.`,
  );
console.log(`Release ${version} in ${out}\n  Chrome/Edge id ${chromeId}\n  Firefox id ${deployment.geckoId}`);
