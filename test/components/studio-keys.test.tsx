// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/shell/i18n';
import { SignPanel } from '@/components/studio/SignPanel';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import { generateKeyPair, signPayload, verifySignature } from '@/lib/pack/sign';
import { checkDraft } from '@/lib/studio/checks';
import { setAt } from '@/lib/studio/edit';
import { loadStoredKeys } from '@/lib/studio/key-store';
import { written } from '../helpers/written';
import { captureDownloads } from './downloads';

const packText = `${JSON.stringify(zhPack, null, 2)}\n`;
const parsed = parsePack(packText);
if (!parsed.ok) throw new Error('bundled pack invalid');
const published = parsed.pack;
const edited = written(setAt(packText, ['objections', 0, 'title'], 'New title'));

function Panel() {
  return (
    <I18nProvider locale="en">
      <SignPanel text={edited} check={checkDraft(edited)} base={published} />
    </I18nProvider>
  );
}

beforeEach(() => fakeBrowser.reset());

describe('SignPanel keys', () => {
  it('generates a key pair, offers its private file once, and exports the public entry as a file', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    render(<Panel />);
    await user.click(screen.getByRole('button', { name: 'Generate a new key pair' }));
    const note = await screen.findByRole('note');
    const keyId = /Key ([0-9a-f]{16}) generated/.exec(note.textContent ?? '')?.[1] ?? '';
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(note).toHaveTextContent('this once only');
    expect(screen.getByText(`Key ${keyId} loaded`)).toBeInTheDocument();
    await user.click(within(note).getByRole('button', { name: /Download the private key file/ }));
    expect(screen.queryByRole('button', { name: /Download the private key file/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Download the public key entry file/ }));
    expect(files.map((f) => f.name)).toEqual([`pack-signing-${keyId}.key`, 'call-assist-trusted-keys.json']);
    const [keyFile, publicFile] = files;
    const publicEntry = JSON.parse(await (publicFile as { blob: Blob }).blob.text());
    expect(publicEntry.trustedKeys).toHaveLength(1);
    expect(publicEntry.trustedKeys[0].keyId).toBe(keyId);
    // The private file signs for the public key it came with.
    const privateKey = (await (keyFile as { blob: Blob }).blob.text()).trim();
    const signature = await signPayload('payload', privateKey);
    expect(await verifySignature('payload', signature.sig, publicEntry.trustedKeys[0].publicKey)).toBe(true);
  });

  it('stores a key encrypted, then after a reload refuses a wrong passphrase, unlocks, and forgets it', async () => {
    const user = userEvent.setup();
    const pair = await generateKeyPair();
    const first = render(<Panel />);
    await user.upload(screen.getByLabelText(/Private key file/), new File([`${pair.privateKey}\n`], 'a.key'));
    await screen.findByText(`Key ${pair.keyId} loaded`);
    const passphrase = screen.getByLabelText(new RegExp(`Store key ${pair.keyId} encrypted`));
    await user.type(passphrase, 'short');
    await user.click(screen.getByRole('button', { name: 'Store encrypted' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('too short');
    await user.type(passphrase, ' enough now');
    await user.click(screen.getByRole('button', { name: 'Store encrypted' }));
    expect(await screen.findByText(`Key ${pair.keyId} stored encrypted`)).toBeInTheDocument();
    const stored = await loadStoredKeys();
    expect(stored.map((k) => k.keyId)).toEqual([pair.keyId]);
    expect(JSON.stringify(stored)).not.toContain(pair.privateKey);
    first.unmount();

    render(<Panel />);
    expect(await screen.findByText('Load the private key file first')).toBeInTheDocument();
    const unlockField = await screen.findByLabelText(`Passphrase for key ${pair.keyId}`);
    await user.type(unlockField, 'not the passphrase');
    await user.click(screen.getByRole('button', { name: `Unlock key ${pair.keyId}` }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('Wrong passphrase');
    await user.clear(unlockField);
    await user.type(unlockField, 'short enough now');
    await user.click(screen.getByRole('button', { name: `Unlock key ${pair.keyId}` }));
    expect(await screen.findByText(`Key ${pair.keyId} loaded`, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: `Forget the stored key ${pair.keyId}` }));
    expect(await screen.findByText(`Stored key ${pair.keyId} deleted`)).toBeInTheDocument();
    expect(await loadStoredKeys()).toEqual([]);
  });

  it('loads a second key for a rotation, shows both public entries, and refuses a third', async () => {
    const user = userEvent.setup();
    const [a, b, c] = [await generateKeyPair(), await generateKeyPair(), await generateKeyPair()];
    render(<Panel />);
    const input = screen.getByLabelText(/Private key file/);
    await user.upload(input, new File([a.privateKey], 'k.key'));
    await screen.findByText(`Key ${a.keyId} loaded`);
    // Two files chosen before either is read: both handlers come from the same render, and
    // whichever is read second must still see the key the first one added.
    for (const pair of [b, c])
      fireEvent.change(input, { target: { files: [new File([pair.privateKey], 'k.key')] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('At most two keys');
    expect(await screen.findByText(/two signatures/)).toBeInTheDocument();
    const entries = screen
      .getAllByLabelText(/Public key entry/)
      .map((el) => JSON.parse((el as HTMLInputElement).value));
    // Which of the two is read first is up to the file reads; the other is refused.
    const second = entries[1]?.keyId === b.keyId ? b : c;
    expect(entries).toEqual([
      { keyId: a.keyId, publicKey: a.publicKey },
      { keyId: second.keyId, publicKey: second.publicKey },
    ]);
  });
});
