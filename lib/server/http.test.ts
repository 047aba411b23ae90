import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../app-error';
import { apiRoute, errorResponse } from './http';

afterEach(() => vi.restoreAllMocks());

/** What console.error printed during `run`, each call's arguments joined as a log line reads. */
async function logged(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(' '));
  });
  await run();
  return lines;
}

describe('a 5xx answer', () => {
  it.each([
    ['an AppError of a 500 code', () => new AppError('config_invalid', { message: 'secret path /x' })],
    ['an AppError with a user message and details', () => new AppError('internal', { message: 'secret path /x', userMessage: 'secret path /x', details: { path: 'secret path /x' } })],
    ['any other exception', () => new Error('ENOENT: secret path /x')],
  ])('for %s carries a generic message and a request id that the log line also has', async (_name, make) => {
    let body: Record<string, unknown> = {};
    let status = 0;
    const lines = await logged(async () => {
      const response = errorResponse(make());
      status = response.status;
      body = await response.json();
    });
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(Object.keys(body).sort()).toEqual(['error', 'message', 'requestId']);
    expect(body.error).toBe('internal');
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.message).toBe(`Something went wrong on the server. Reference: ${body.requestId}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(String(body.requestId));
    expect(lines[0]).toContain('secret path /x');
  });

  it('gets a new id each time', async () => {
    const ids = new Set<unknown>();
    await logged(async () => {
      for (let i = 0; i < 3; i++) ids.add((await errorResponse(new Error('x')).json()).requestId);
    });
    expect(ids.size).toBe(3);
  });

  it('comes from a route that throws, through apiRoute', async () => {
    const route = apiRoute(async () => {
      throw new AppError('config_invalid', { message: 'BETTER_AUTH_SECRET at /srv/secret is too short' });
    });
    let body: Record<string, unknown> = {};
    const lines = await logged(async () => {
      const response = await route(new Request('http://localhost/api/documents'), {});
      expect(response.status).toBe(500);
      body = await response.json();
    });
    expect(JSON.stringify(body)).not.toMatch(/BETTER_AUTH_SECRET|srv/);
    expect(lines.join('\n')).toContain(String(body.requestId));
  });
});

describe('a 4xx answer', () => {
  it('says what was wrong, in the user message, with its details, and logs nothing', async () => {
    const lines = await logged(async () => {
      const response = errorResponse(new AppError('conflict', { message: 'Version 3 is current (internal note)', userMessage: 'Someone saved first.', details: { current: { number: 3 } } }));
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: 'conflict', message: 'Someone saved first.', current: { number: 3 } });
    });
    expect(lines).toEqual([]);
  });
});
