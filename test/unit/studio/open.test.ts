import { openText } from '@/lib/studio/open';

describe('openText', () => {
  it('opens a signed envelope as its payload, pretty-printed', () => {
    const opened = openText(JSON.stringify({ payload: '{"id":"p","version":2}', signatures: [] }), 'p.json');
    expect(opened).toEqual({ ok: true, text: '{\n  "id": "p",\n  "version": 2\n}\n', origin: 'p.json' });
  });

  it('keeps a bare pack and broken JSON for the lead to fix', () => {
    expect(openText('{"format":"call-assist/pack@1"}', 'a')).toMatchObject({
      ok: true,
      text: '{\n  "format": "call-assist/pack@1"\n}\n',
    });
    expect(openText('{"id": oops', 'b')).toMatchObject({ ok: true, text: '{"id": oops' });
  });
});
