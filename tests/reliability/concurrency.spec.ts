// 32 clients race 50 saves each on the same 5 paragraphs over HTTP. Every save names the head it
// last saw; the unique (paragraph, language, number) index lets exactly one save per base win.
// Proven: every 201 is in the history with its text, no version has two successors, the history
// of each paragraph is one unbroken chain 1..n, and the server never answers 5xx.
import { expect, test } from '@playwright/test';
import { signIn, type ApiClient } from '../../scripts/bench/app-server';
import { makeDocument, shared } from './support';

const CLIENTS = 32;
const SAVES_PER_CLIENT = 50;
const PARAGRAPHS = 5;
const ACCOUNTS = ['translator.de@example.com', 'editor@example.com', 'admin@example.com'];

test('32 clients x 50 saves on 5 paragraphs: every 201 kept, one successor per base, no 5xx', async () => {
  const { url, databaseFile } = shared();
  const doc = await makeDocument(databaseFile, ['Headline', ...Array.from({ length: PARAGRAPHS }, (_, i) => `Body paragraph ${i + 1}.`)]);
  const paragraphs = doc.paragraphs.slice(1).map((p) => p.id);
  const clients: ApiClient[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await signIn(url, ACCOUNTS[i % ACCOUNTS.length]));

  const acknowledged: Array<{ paragraph: string; versionId: string; baseVersionId: string | null; text: string }> = [];
  const statuses = new Map<number, number>();
  const unexpected: string[] = [];

  await Promise.all(
    clients.map(async (client, c) => {
      // What this client believes is the head of each paragraph.
      const heads = new Map<string, string | null>(paragraphs.map((p) => [p, null]));
      for (let s = 0; s < SAVES_PER_CLIENT; s++) {
        const paragraph = paragraphs[(c + s) % PARAGRAPHS];
        const base = heads.get(paragraph)!;
        const text = `Client ${c} save ${s}.`;
        const response = await client.request('POST', `/api/paragraphs/${paragraph}/translations/de/versions`, { text, baseVersionId: base });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201) {
          expect(response.json).toMatchObject({ text, baseVersionId: base });
          acknowledged.push({ paragraph, versionId: response.json.versionId, baseVersionId: base, text });
          heads.set(paragraph, response.json.versionId);
        } else if (response.status === 409) {
          heads.set(paragraph, response.json.current.versionId);
        } else {
          unexpected.push(`${response.status} ${response.text.slice(0, 300)}`);
        }
      }
    }),
  );

  const summary = Object.fromEntries(statuses);
  expect(unexpected, JSON.stringify(summary)).toEqual([]);
  expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
  expect(acknowledged.length).toBeGreaterThan(PARAGRAPHS);
  expect(summary[201] + (summary[409] ?? 0)).toBe(CLIENTS * SAVES_PER_CLIENT);

  const reader = clients[0];
  let versionsInHistory = 0;
  for (const paragraph of paragraphs) {
    const history = (await reader.request('GET', `/api/paragraphs/${paragraph}/translations/de/versions`)).json as Array<{
      versionId: string;
      number: number;
      text: string;
      baseVersionId: string | null;
    }>;
    versionsInHistory += history.length;
    const byId = new Map(history.map((version) => [version.versionId, version]));
    // Every acknowledged save is in the history, with its text and its base.
    for (const save of acknowledged.filter((item) => item.paragraph === paragraph)) {
      expect(byId.get(save.versionId), `acknowledged ${save.versionId}`).toMatchObject({ text: save.text, baseVersionId: save.baseVersionId });
    }
    // At most one successor per base version (and one first version).
    const successors = new Map<string, number>();
    for (const version of history) successors.set(String(version.baseVersionId), (successors.get(String(version.baseVersionId)) ?? 0) + 1);
    expect([...successors.values()].every((count) => count === 1)).toBe(true);
    // One unbroken chain: numbers n..1, each based on the one before.
    const ascending = [...history].sort((a, b) => a.number - b.number);
    ascending.forEach((version, index) => {
      expect(version.number).toBe(index + 1);
      expect(version.baseVersionId).toBe(index === 0 ? null : ascending[index - 1].versionId);
    });
  }
  // Nothing was stored that was not acknowledged.
  expect(versionsInHistory).toBe(acknowledged.length);
});
