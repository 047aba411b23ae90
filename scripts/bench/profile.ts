// `npm run bench:profile -- <scenario> [seconds]`: where the server's CPU time goes. Starts the
// built app as the benchmark does (`npm start`, build folder .next-bench) under the V8 profiler,
// drives one load for a while, stops the server so it writes its profile, and prints the
// self time by package and by function and the inclusive time of the service code, mapped
// through the build's source maps (the server chunks are minified). Scenarios: saves (32
// clients), read-welt / read-large (GET /api/documents/{slug}?lang=de), page-welt / page-large
// (the workbench), page-list (the document list at `/` with 1,000 articles), floor (32 clients
// saving without a cookie: Next.js and HTTP alone). The raw .cpuprofile stays in the printed folder for Chrome's DevTools.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { summarizeProfile } from './profile-summary';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { createPrismaClient } from '../../lib/server/prisma-client';
import { call, nextServerPid, signIn, startApp, tempDir, type ApiClient } from './app-server';
import { generateDocuments } from './document-list';
import { generateLargeDocument, LARGE_SLUG } from './generate-large-document';

const scenario = process.argv[2] ?? 'saves';
const seconds = Number(process.argv[3] ?? 10);
const WELT = 'welt-trump-putin';

async function loop(until: number, body: () => Promise<unknown>) {
  let n = 0;
  while (performance.now() < until) {
    await body();
    n++;
  }
  return n;
}

let largeGenerated = false;
let listGenerated = false;

async function drive(url: string, editor: ApiClient, databaseFile: string, seconds: number): Promise<string> {
  const until = () => performance.now() + seconds * 1000;
  const get = (pathname: string) => async () => {
    const response = await editor.request('GET', pathname);
    if (response.status !== 200) throw new Error(`${pathname}: ${response.status}`);
  };
  switch (scenario) {
    case 'read-welt':
      return `${await loop(until(), get(`/api/documents/${WELT}?lang=de`))} reads`;
    case 'page-welt':
      return `${await loop(until(), get(`/documents/${WELT}/de`))} pages`;
    case 'read-large':
    case 'page-large': {
      if (!largeGenerated) generateLargeDocument(databaseFile, { paragraphs: 2000, versions: 5 });
      largeGenerated = true;
      const pathname = scenario === 'read-large' ? `/api/documents/${LARGE_SLUG}?lang=de` : `/documents/${LARGE_SLUG}/de`;
      return `${await loop(until(), get(pathname))} requests`;
    }
    case 'page-list': {
      if (!listGenerated) {
        const db = createPrismaClient(readDatabaseConfig(`file:${databaseFile}`));
        await generateDocuments(db);
        await db.$disconnect();
      }
      listGenerated = true;
      return `${await loop(until(), get('/'))} pages`;
    }
    case 'saves': {
      const clients: ApiClient[] = [];
      for (let i = 0; i < 32; i++) clients.push(await signIn(url, 'translator.de@example.com'));
      const welt = (await editor.request('GET', `/api/documents/${WELT}?lang=de`)).json;
      const ids: string[] = welt.paragraphs.slice(0, 16).map((p: { id: string }) => p.id);
      const heads = new Map<string, string | null>();
      const statuses = new Map<number, number>();
      const end = until();
      await Promise.all(
        clients.map(async (client, c) => {
          for (let s = 0; performance.now() < end; s++) {
            const id = ids[(c + s) % ids.length];
            const response = await client.request('POST', `/api/paragraphs/${id}/translations/de/versions`, {
              text: `Profil: Client ${c}, Speicherung ${s}.`,
              baseVersionId: heads.get(id) ?? null,
            });
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            if (response.status === 201) heads.set(id, response.json.versionId);
            else if (response.status === 409) heads.set(id, response.json.current.versionId);
          }
        }),
      );
      return `saves by status: ${JSON.stringify(Object.fromEntries(statuses))}`;
    }
    case 'floor': {
      // What Next.js costs around a route that does nothing: a save without a cookie, 401.
      let n = 0;
      const end = until();
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          for (; performance.now() < end; n++) await call(url, '', 'POST', '/api/paragraphs/none/translations/de/versions', {});
        }),
      );
      return `${n} refused saves`;
    }
    default:
      throw new Error(`Unknown scenario ${scenario}: floor, saves, read-welt, read-large, page-welt, page-large, page-list`);
  }
}

/** Waits until the profile folder has stopped changing for two seconds. */
async function settled(folder: string) {
  let last = '';
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let now = '';
    try {
      now = readdirSync(folder).map((name) => `${name}:${statSync(path.join(folder, name)).size}`).join(',');
    } catch {
      now = '';
    }
    if (now && now === last) return;
    last = now;
  }
}

async function main() {
  const dir = tempDir('profile');
  const profiles = path.join(dir, 'profiles');
  const databaseFile = path.join(dir, 'profile.db');
  const server = await startApp({
    databaseFile,
    distDir: '.next-bench',
    env: { NODE_OPTIONS: `--require ${path.join(import.meta.dirname, 'cpu-profile-preload.cjs')}`, REDLINE_CPU_PROFILE_DIR: profiles },
  });
  let done = '';
  try {
    const editor = await signIn(server.url, 'editor@example.com');
    // Warm up the routes first, so the profile shows the steady state and not the first compile.
    await drive(server.url, editor, databaseFile, Math.min(3, seconds));
    // The first SIGUSR2 starts the profiler in the serving process, the second writes the profile.
    const serving = nextServerPid(server.pid);
    process.kill(serving, 'SIGUSR2');
    done = await drive(server.url, editor, databaseFile, seconds);
    process.kill(serving, 'SIGUSR2');
    await settled(profiles);
  } finally {
    await server.stop();
  }
  const files = readdirSync(profiles)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(profiles, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files.length) throw new Error(`No profile written in ${profiles}`);
  process.stdout.write(`Scenario ${scenario}, ${seconds} s (after a warm-up of up to 3 s): ${done}\nProfile: ${files[0]}\n\n`);
  process.stdout.write(summarizeProfile(JSON.parse(readFileSync(files[0], 'utf8'))));
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
