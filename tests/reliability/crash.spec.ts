// The server is killed with SIGKILL (the whole process group: npm, next, the worker) in the
// middle of a save storm, then started again on the same SQLite file. Every save that was
// acknowledged with 201 before the kill must be there with its text, nothing may be stored twice
// or out of chain, and SQLite's integrity check must say ok.
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { signIn, startApp, tempDir, type ApiClient } from '../../scripts/bench/app-server';
import { DIST_DIR } from './support';

const CLIENTS = 16;

test('SIGKILL during a save storm: every acknowledged save survives, integrity_check ok', async () => {
  const dir = tempDir('crash');
  const databaseFile = path.join(dir, 'crash.db');
  let server = await startApp({ databaseFile, distDir: DIST_DIR, reuseBuild: true });
  try {
    const first = await signIn(server.url, 'translator.de@example.com');
    const doc = (await first.request('GET', '/api/documents/welt-trump-putin?lang=de')).json;
    const paragraphs: string[] = doc.paragraphs.map((p: { id: string }) => p.id);
    const clients: ApiClient[] = [first];
    for (let i = 1; i < CLIENTS; i++) clients.push(await signIn(server.url, i % 2 ? 'editor@example.com' : 'translator.de@example.com'));
    const heads = new Map<string, string | null>(
      doc.paragraphs.map((p: { id: string; translation: { versionId: string } | null }) => [p.id, p.translation?.versionId ?? null]),
    );

    const acknowledged: Array<{ paragraph: string; versionId: string; text: string }> = [];
    const serverErrors: string[] = [];
    let stop = false;
    let killed = false;
    const storm = clients.map(async (client, c) => {
      for (let s = 0; !stop; s++) {
        const paragraph = paragraphs[(c * 7 + s) % paragraphs.length];
        const text = `Absturztest: Client ${c}, Speicherung ${s}.`;
        try {
          const response = await client.request('POST', `/api/paragraphs/${paragraph}/translations/de/versions`, {
            text,
            baseVersionId: heads.get(paragraph) ?? null,
          });
          if (response.status === 201) {
            acknowledged.push({ paragraph, versionId: response.json.versionId, text });
            heads.set(paragraph, response.json.versionId);
          } else if (response.status === 409) {
            heads.set(paragraph, response.json.current.versionId);
          } else if (response.status >= 500 && !killed) {
            serverErrors.push(`${response.status} ${response.text.slice(0, 200)}`);
          }
        } catch {
          // The connection died with the server: this save was never acknowledged.
          if (killed) return;
        }
      }
    });

    // Kill once the storm is well under way (a count of acknowledged saves, not a duration).
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 20));
    killed = true;
    await server.kill();
    stop = true;
    await Promise.all(storm);
    expect(serverErrors).toEqual([]);
    const ackedBeforeKill = [...acknowledged];

    // The file as the crash left it (WAL and all): SQLite recovers it on open.
    {
      const db = new Database(databaseFile);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
    }

    server = await startApp({ databaseFile, distDir: DIST_DIR, reuseBuild: true, port: server.port });
    const reader = await signIn(server.url, 'editor@example.com');
    let stored = 0;
    for (const paragraph of paragraphs) {
      const history = (await reader.request('GET', `/api/paragraphs/${paragraph}/translations/de/versions`)).json as Array<{
        versionId: string;
        text: string;
        number: number;
        baseVersionId: string | null;
      }>;
      const byId = new Map(history.map((version) => [version.versionId, version]));
      for (const save of ackedBeforeKill.filter((item) => item.paragraph === paragraph)) {
        expect(byId.get(save.versionId)?.text, `acknowledged save ${save.versionId}`).toBe(save.text);
      }
      const ascending = [...history].sort((a, b) => a.number - b.number);
      ascending.forEach((version, index) => {
        expect(version.number).toBe(index + 1);
        expect(version.baseVersionId).toBe(index === 0 ? null : ascending[index - 1].versionId);
      });
      stored += history.filter((version) => version.text.startsWith('Absturztest')).length;
    }
    // A save in flight at the kill may have committed without its answer arriving: at most one per client.
    expect(stored).toBeGreaterThanOrEqual(ackedBeforeKill.length);
    expect(stored).toBeLessThanOrEqual(ackedBeforeKill.length + CLIENTS);

    // The restarted server takes saves again.
    const after = await reader.request('POST', `/api/paragraphs/${paragraphs[0]}/translations/de/versions`, {
      text: 'Nach dem Neustart.',
      baseVersionId: (await reader.request('GET', `/api/paragraphs/${paragraphs[0]}/translations/de/versions`)).json[0].versionId,
    });
    expect(after.status).toBe(201);
    await server.stop();
    const db = new Database(databaseFile);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
