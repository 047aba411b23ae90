// `npm run user:create` on a brand-new database (as a newsroom started with REDLINE_DEMO=off
// has: no tables yet, or no accounts): it migrates, creates the person, and prints a one-time
// link whose token sets their password; the person can then sign in.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { verifyPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest';
import { AppError } from '../../lib/app-error';
import { getDb } from '../../lib/server/db';
import { acceptInvitation } from '../../lib/server/people/accept-invitation';
import { main as userCreate } from '../../scripts/user-create';
import { onServer, withDatabase } from '../support/postgres-server';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');

let url: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const serverUrl = inject('postgresServerUrl');
  if (serverUrl) {
    // Not even the database exists: the script creates and migrates it, as npm start would.
    const name = `redline_user_create_${randomUUID().replaceAll('-', '')}`;
    url = withDatabase(serverUrl, name);
    cleanup = () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-user-create-'));
    url = `file:${path.join(dir, 'newsroom.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  process.env.DATABASE_URL = url;
  process.env.BETTER_AUTH_URL = 'https://redline.newsroom.example';
  delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
});

afterAll(async () => {
  await getDb().$disconnect();
  await cleanup();
});

/** The script as npm runs it, in its own process (tsx, react-server conditions). */
function script(args: string[]) {
  return run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/user-create.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, BETTER_AUTH_URL: 'https://redline.newsroom.example' },
  });
}

it('creates the first admin on an empty database and prints a one-time link that sets their password', { timeout: 180_000 }, async () => {
  const { stdout } = await script(['--email', 'Chief@Newsroom.example', '--name', 'Chief Editor', '--role', 'admin', '--languages', 'de,fr']);
  const link = /https:\/\/redline\.newsroom\.example\/invite\/([A-Za-z0-9_-]{43})/.exec(stdout);
  expect(link, stdout).not.toBeNull();

  const db = getDb();
  const person = await db.user.findUniqueOrThrow({ where: { email: 'chief@newsroom.example' }, include: { languages: true, accounts: true, invitations: true } });
  expect(person).toMatchObject({ name: 'Chief Editor', role: 'admin', deactivatedAt: null });
  expect(person.languages.map((l) => l.languageCode).sort()).toEqual(['de', 'fr']);
  expect(person.accounts).toHaveLength(0);
  expect(person.invitations).toHaveLength(1);
  expect(person.invitations[0].tokenHash).not.toBe(link![1]);
  expect(person.invitations[0].expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

  // The link sets the password, with the app's own code, on this database.
  expect(await acceptInvitation({ token: link![1], name: 'Chief Editor', password: 'a long passphrase' })).toEqual({ email: 'chief@newsroom.example' });
  expect(await db.account.count({ where: { userId: person.id, providerId: 'credential' } })).toBe(1);

  // A refusal is one sentence and exit code 1, and changes nothing.
  const users = await db.user.count();
  const failure = await script(['--email', 'chief@newsroom.example', '--name', 'Again', '--role', 'editor']).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr.trim()).toBe('Someone has the email chief@newsroom.example already.');
  expect(await db.user.count()).toBe(users);
});

it('takes a password from standard input instead of a link', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await userCreate(['--email', 'desk@newsroom.example', '--name', 'Desk', '--role', 'editor', '--password-stdin'], Readable.from(['a long passphrase\n']));
    expect(log.mock.calls.flat().join('\n')).toMatch(/Created editor desk@newsroom\.example\. They sign in at https:\/\/redline\.newsroom\.example\/login/);
  } finally {
    log.mockRestore();
  }
  delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
  const desk = await getDb().user.findUniqueOrThrow({ where: { email: 'desk@newsroom.example' }, include: { accounts: true, invitations: true } });
  expect(desk.invitations).toHaveLength(0);
  expect(await verifyPassword({ hash: desk.accounts[0].password!, password: 'a long passphrase' })).toBe(true);
});

it('refuses bad arguments with the usage, a bad role, and a short password, changing nothing', async () => {
  delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
  const users = await getDb().user.count();
  for (const [args, message] of [
    [['--email', 'new@newsroom.example', '--role', 'admin'], /^Usage: npm run user:create/],
    [['--email', 'new@newsroom.example', '--name', 'N', '--role', 'admin', '--password', 'x'], /Unknown option '--password'/],
    [['--email', 'new@newsroom.example', '--name', 'N', '--role', 'owner'], /role: One of reader, translator, editor, admin/],
    [['--email', 'new@newsroom.example', '--name', 'N', '--role', 'admin', '--languages', 'xx'], /no language xx/],
  ] as const) {
    delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
    const error = await userCreate([...args]).then(() => null, (caught: unknown) => caught);
    expect(error, args.join(' ')).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(message);
  }
  delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
  const short = await userCreate(['--email', 'new@newsroom.example', '--name', 'N', '--role', 'admin', '--password-stdin'], Readable.from(['short\n'])).then(() => null, (caught: unknown) => caught);
  expect((short as AppError).message).toMatch(/At least 8 characters/);
  delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
  expect(await getDb().user.count()).toBe(users);
});
