import { afterEach, describe, expect, it, vi } from 'vitest';
import { callApi, failureText, postJson, UNREACHABLE } from './api-call';

const t = (key: string) => `«${key}»`;

function answer(status: number, body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status })));
}

describe('callApi', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the JSON of a 2xx answer with its status', async () => {
    answer(201, { versionId: 'v1' });
    expect(await postJson('/api/x', { text: 'a' })).toEqual({ ok: true, status: 201, value: { versionId: 'v1' } });
    const [url, init] = vi.mocked(fetch).mock.calls[0];
    expect(url).toBe('/api/x');
    expect(init).toMatchObject({ method: 'POST', body: '{"text":"a"}', cache: 'no-store' });
  });

  it('takes a 204 without a body as a success with no value', async () => {
    answer(204, undefined);
    expect(await callApi('/api/x', { method: 'DELETE' })).toEqual({ ok: true, status: 204, value: null });
  });

  it('gives an error answer’s status, code, message and body', async () => {
    answer(409, { error: 'conflict', message: 'Version 3 is newer.', current: { versionId: 'v3' } });
    expect(await callApi('/api/x')).toEqual({
      ok: false,
      status: 409,
      code: 'conflict',
      message: 'Version 3 is newer.',
      body: { error: 'conflict', message: 'Version 3 is newer.', current: { versionId: 'v3' } },
    });
  });

  it('names the status when the answer is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })));
    expect(await callApi('/api/x')).toMatchObject({ ok: false, status: 502, code: null, message: 'HTTP 502' });
  });

  it('says the server was not reached instead of throwing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await callApi('/api/x')).toMatchObject({ ok: false, status: UNREACHABLE, code: null });
  });
});

describe('failureText', () => {
  it('words the failures an interface cannot prevent itself, and passes the server’s message on otherwise', () => {
    expect(failureText(t, { status: UNREACHABLE, message: 'The server could not be reached.' })).toBe('«failure.unreachable»');
    expect(failureText(t, { status: 401, message: 'Sign in first.' })).toBe('«failure.signedOut»');
    expect(failureText(t, { status: 400, message: 'The text contains the control character U+0007.' })).toBe('The text contains the control character U+0007.');
  });
});
