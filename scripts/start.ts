// `npm start`: checks the configuration, migrates the database, seeds the demo on first start,
// builds the app when the sources changed since the last build, then serves it on PORT.
import { spawn, spawnSync } from 'node:child_process';
import { migrateDatabase } from '../prisma/migrate';
import { AppError } from '../lib/app-error';
import { ensureDatabaseWritable, readDatabaseConfig } from '../lib/server/database-config';
import { ensureAuthSecret } from './auth-secret';
import { buildIsCurrent, recordBuild } from './build-fingerprint';
import { seedDemoDatabase } from './seed';

const KEEP_ALIVE_MS = 65_000;

async function main() {
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new AppError('config_invalid', { message: `PORT must be a port number; got "${process.env.PORT}".` });
  }
  const database = readDatabaseConfig();
  ensureDatabaseWritable(database);
  ensureAuthSecret(database);

  const applied = await migrateDatabase(database);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  if (process.env.REDLINE_DEMO !== 'off') await seedDemoDatabase();

  if (!buildIsCurrent()) {
    console.log('Building the app (next build); this takes a minute or two the first time...');
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: process.env });
    if (build.status !== 0) throw new AppError('config_invalid', { message: 'next build failed; see above.' });
    recordBuild();
  }

  // Node closes an idle kept-alive connection after 5 s; a client (a proxy, a CMS, a test) that
  // sends its next request on it at that moment gets "socket hang up". Idle connections are kept
  // longer than a proxy's usual idle timeout (60 s), so it is always the client that closes them.
  const server = spawn('npx', ['next', 'start', '-p', String(port), '--keepAliveTimeout', String(KEEP_ALIVE_MS)], { stdio: 'inherit', env: process.env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`Redline could not start: ${error instanceof AppError ? error.message : error}`);
  if (!(error instanceof AppError)) console.error(error);
  process.exit(1);
});
