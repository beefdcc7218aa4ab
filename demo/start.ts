/**
 * `npm start`: builds the extension with the demo CRM's origin granted, serves the demo CRM and
 * the default pack files on 127.0.0.1, and opens Chromium with the extension on the demo CRM.
 * Without a display it prints the URLs and writes a screenshot of the CRM with the panel beside it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildExtension } from './build-extension';
import { CHROME as chrome, extensionArgs } from './chromium';
import { screenshotSideBySide } from './screenshot';
import { startDemoServer } from './server';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 5178);

console.log('Building the extension…');
const extensionDir = buildExtension('.output/demo');
const server = await startDemoServer({ port, packsDir: resolve(root, 'lib/pack/defaults') });
const firstAccount = `${server.url}/accounts/CC20240001`;
console.log(`Demo CRM:        ${server.url}/`);
console.log(`Default packs:   ${server.url}/packs/zh-CN.json  ${server.url}/packs/en-US.json`);
console.log(`Extension (unpacked, load it in chrome://extensions): ${extensionDir}`);

if (!existsSync(chrome)) {
  console.log(
    `Chromium not found at ${chrome}: set CHROME_PATH, or install it (apt-get install -y chromium).`,
  );
} else if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const profile = mkdtempSync(join(tmpdir(), 'call-assist-demo-'));
  const browser = spawn(
    chrome,
    [`--user-data-dir=${profile}`, ...extensionArgs(extensionDir, { headless: false }), firstAccount],
    { stdio: 'ignore' },
  );
  console.log(
    'Chromium is open on the demo CRM: click the Call Assist toolbar button to open the side panel.',
  );
  browser.on('exit', () => void server.close().then(() => process.exit(0)));
} else {
  const outDir = resolve(root, 'demo/out');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'call-assist-demo.png');
  await screenshotSideBySide({ chromePath: chrome, extensionDir, accountUrl: firstAccount, file });
  console.log(`No display: screenshot of the CRM with the panel beside it written to ${file}`);
}
console.log('Serving until you press Ctrl+C.');
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
