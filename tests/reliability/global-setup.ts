// Starts the shared server of the reliability suite on a free port with a fresh database in the
// system's temp folder, and hands its address to the tests through the environment.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startApp, tempDir } from '../../scripts/bench/app-server';
import { DIST_DIR } from './support';

export default async function globalSetup() {
  const dir = tempDir('reliability');
  const server = await startApp({ databaseFile: path.join(dir, 'main.db'), distDir: DIST_DIR });
  process.env.REDLINE_REL_URL = server.url;
  process.env.REDLINE_REL_DB = server.databaseFile;
  process.env.REDLINE_REL_TMP = dir;
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
