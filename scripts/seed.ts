// `npm run db:seed`: the demo data (accounts, the WELT article and its translations) into
// DATABASE_URL. `npm start` calls it on every start; it only writes what is missing.
import { getDb } from '../lib/server/db';
import { seedDemo } from '../lib/server/seed/seed-demo';

export async function seedDemoDatabase() {
  const report = await seedDemo(getDb());
  if (report.accountsCreated) console.log(`Created ${report.accountsCreated} demo accounts (password redline-demo).`);
  if (report.documentCreated) console.log('Seeded the WELT article with its translations.');
  await getDb().$disconnect();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await seedDemoDatabase();
}
