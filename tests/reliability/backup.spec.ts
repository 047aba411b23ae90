// `npm run db:backup` runs while 8 clients keep saving; the backup is restored with
// `npm run db:restore` into a new file. The restored database must pass integrity_check, hold
// every save acknowledged before the backup started (by version id and text), hold nothing that
// was sent after the backup finished, and keep each paragraph's history one unbroken chain: one
// consistent snapshot, not a copy torn by the saves around it. A plain copy of the .db file
// would fail here: the newest saves live in the -wal file beside it.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { signIn, startApp, tempDir, type ApiClient } from '../../scripts/bench/app-server';
import { DIST_DIR, makeDocument, shared } from './support';

const CLIENTS = 8;
const PARAGRAPHS = 8;
const ACCOUNTS = ['translator.de@example.com', 'editor@example.com'];
/** Saves acknowledged before the backup starts, and after it ends, so both sides of it are busy. */
const SAVES_BEFORE = 80;
const SAVES_AFTER = 40;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

type Save = { paragraph: string; versionId: string; text: string; sentAt: number; ackedAt: number };

test('db:backup during a save storm is one consistent snapshot; db:restore brings back every earlier save', async () => {
  const { url, databaseFile } = shared();
  const dir = tempDir('backup');
  try {
    const doc = await makeDocument(databaseFile, ['Headline', ...Array.from({ length: PARAGRAPHS }, (_, i) => `Body paragraph ${i + 1}.`)]);
    const paragraphs = doc.paragraphs.slice(1).map((p) => p.id);
    const clients: ApiClient[] = [];
    for (let i = 0; i < CLIENTS; i++) clients.push(await signIn(url, ACCOUNTS[i % ACCOUNTS.length]));

    const saves: Save[] = [];
    const unexpected: string[] = [];
    const heads = new Map<string, string | null>(paragraphs.map((p) => [p, null]));
    // Resolves once `count` saves are acknowledged (counts of saves, never durations).
    const waiting: Array<{ count: number; resolve: () => void }> = [];
    const whenAcknowledged = (count: number) =>
      new Promise<void>((resolve) => (saves.length >= count ? resolve() : waiting.push({ count, resolve })));
    let stop = false;

    const storm = clients.map(async (client, c) => {
      for (let s = 0; !stop; s++) {
        const paragraph = paragraphs[(c * 3 + s) % PARAGRAPHS];
        const text = `Sicherungstest: Client ${c}, Speicherung ${s}.`;
        const sentAt = performance.now();
        const response = await client.request('POST', `/api/paragraphs/${paragraph}/translations/de/versions`, {
          text,
          baseVersionId: heads.get(paragraph) ?? null,
        });
        const ackedAt = performance.now();
        if (response.status === 201) {
          saves.push({ paragraph, versionId: response.json.versionId, text, sentAt, ackedAt });
          heads.set(paragraph, response.json.versionId);
          for (const wait of waiting.filter((item) => saves.length >= item.count)) wait.resolve();
        } else if (response.status === 409) {
          heads.set(paragraph, response.json.current.versionId);
        } else {
          unexpected.push(`${response.status} ${response.text.slice(0, 200)}`);
          stop = true;
        }
      }
    });

    await Promise.race([whenAcknowledged(SAVES_BEFORE), Promise.all(storm)]);
    const backupStartedAt = performance.now();
    const backup = await runScript('db:backup', [], { DATABASE_URL: `file:${databaseFile}` });
    const backupEndedAt = performance.now();
    const savedByThen = saves.length;
    await Promise.race([whenAcknowledged(savedByThen + SAVES_AFTER), Promise.all(storm)]);
    stop = true;
    await Promise.all(storm);
    expect(unexpected).toEqual([]);
    expect(backup.code, backup.output).toBe(0);

    // No file was named, so the backup is in backups/ beside the database, named by its UTC time.
    const backupsDir = path.join(path.dirname(databaseFile), 'backups');
    const made = readdirSync(backupsDir).filter((name) => /^redline-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/.test(name));
    expect(made).toHaveLength(1);
    const backupFile = path.join(backupsDir, made[0]);
    expect(backup.output).toContain(backupFile);
    expect(backup.output).toContain('integrity_check ok');

    const restoredFile = path.join(dir, 'restored', 'redline.db');
    const restoreStartedAt = performance.now();
    const restore = await runScript('db:restore', [backupFile], { DATABASE_URL: `file:${restoredFile}` });
    const restoreMs = performance.now() - restoreStartedAt;
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(/must be stopped first/);

    const db = new Database(restoredFile, { fileMustExist: true });
    let restored: Array<{ id: string; paragraphId: string; number: number; text: string; baseVersionId: string | null }>;
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      restored = db
        .prepare(
          `SELECT id, paragraphId, number, text, baseVersionId FROM TranslationVersion
           WHERE languageCode = 'de' AND paragraphId IN (${paragraphs.map(() => '?').join(', ')}) ORDER BY paragraphId, number`,
        )
        .all(...paragraphs) as typeof restored;
    } finally {
      db.close();
    }

    const byId = new Map(restored.map((version) => [version.id, version]));
    const ackedBeforeBackup = saves.filter((save) => save.ackedAt < backupStartedAt);
    const duringBackup = saves.filter((save) => save.ackedAt >= backupStartedAt && save.sentAt <= backupEndedAt);
    const sentAfterBackup = saves.filter((save) => save.sentAt > backupEndedAt);
    // Every save acknowledged before the backup started is in it, with its text.
    for (const save of ackedBeforeBackup) expect(byId.get(save.versionId)?.text, `save ${save.versionId}`).toBe(save.text);
    // Nothing sent after the backup finished can be in it: the snapshot was taken before.
    for (const save of sentAfterBackup) expect(byId.has(save.versionId), `save ${save.versionId} sent after the backup`).toBe(false);
    // Everything in it is an acknowledged save with its text (every request got its answer).
    const acknowledged = new Map(saves.map((save) => [save.versionId, save.text]));
    for (const version of restored) expect(acknowledged.get(version.id), `stored ${version.id}`).toBe(version.text);
    // One unbroken chain per paragraph: numbers 1..n, each based on the one before.
    for (const paragraph of paragraphs) {
      const chain = restored.filter((version) => version.paragraphId === paragraph);
      chain.forEach((version, index) => {
        expect(version.number).toBe(index + 1);
        expect(version.baseVersionId).toBe(index === 0 ? null : chain[index - 1].id);
      });
    }
    // Not vacuous: saves went on while the backup ran, and the backup holds some of the storm.
    expect(ackedBeforeBackup.length).toBeGreaterThanOrEqual(SAVES_BEFORE);
    expect(duringBackup.length).toBeGreaterThan(0);
    expect(sentAfterBackup.length).toBeGreaterThan(0);
    expect(restored.length).toBeGreaterThanOrEqual(ackedBeforeBackup.length);

    test.info().annotations.push(
      { type: 'saves acknowledged', description: String(saves.length) },
      { type: 'acknowledged before the backup started', description: String(ackedBeforeBackup.length) },
      { type: 'acknowledged while the backup ran', description: String(duringBackup.length) },
      { type: 'sent after the backup finished', description: String(sentAfterBackup.length) },
      { type: 'saves in the backup', description: String(restored.length) },
      { type: 'backup', description: `${statSync(backupFile).size} bytes; db:backup took ${Math.round(backupEndedAt - backupStartedAt)} ms, db:restore ${Math.round(restoreMs)} ms` },
    );
    console.log(test.info().annotations.map((note) => `${note.type}: ${note.description}`).join('\n'));

    // The app starts on the restored file and serves a save from before the backup.
    const server = await startApp({ databaseFile: restoredFile, distDir: DIST_DIR, reuseBuild: true });
    try {
      const reader = await signIn(server.url, 'editor@example.com');
      const sample = ackedBeforeBackup.at(-1)!;
      const history = (await reader.request('GET', `/api/paragraphs/${sample.paragraph}/translations/de/versions`)).json as Array<{ versionId: string; text: string }>;
      expect(history.find((version) => version.versionId === sample.versionId)?.text).toBe(sample.text);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Runs `npm run <script> -- <args>` in the checkout, as an operator would, without blocking the storm. */
function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}
