// The PostgreSQL live bus between app servers: two notifiers on one database stand for two
// instances. An event published by one reaches both (the sender too: one delivery path), and
// when the LISTEN connection is killed the notifier reconnects, listens again and tells its
// streams to resync, without an unhandled error.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serializeLiveEvent, type LiveEvent, type ResyncEvent } from '../../../lib/live-events';
import { LiveDispatcher } from '../../../lib/server/live/live-dispatcher';
import { PostgresNotifier } from '../../../lib/server/live/postgres-notifier';
import { openTestDatabase, type TestDatabase } from '../test-database';

let database: TestDatabase;
const instances: Array<{ notifier: PostgresNotifier; heard: Array<LiveEvent | ResyncEvent> }> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  for (let i = 0; i < 2; i++) {
    const dispatcher = new LiveDispatcher();
    const heard: Array<LiveEvent | ResyncEvent> = [];
    dispatcher.subscribe('doc', (event) => heard.push(event));
    instances.push({ notifier: new PostgresNotifier(database.url, dispatcher), heard });
  }
});
afterAll(async () => {
  for (const { notifier } of instances) await notifier.close();
  await database.close();
});

let serial = 0;
/** Publishes from the first instance until both have heard it (a notifier LISTENs once connected). */
async function deliveredToBoth() {
  const event: LiveEvent = {
    type: 'paragraph-changed',
    documentId: 'doc',
    paragraphId: `p${++serial}`,
    lang: 'de',
    change: 'version',
    by: { id: 'u1', name: 'Olena Koval' },
    at: new Date().toISOString(),
  };
  const heardBy = (index: number) => instances[index].heard.some((e) => e.type === 'paragraph-changed' && e.paragraphId === event.paragraphId);
  await expect
    .poll(
      async () => {
        await instances[0].notifier.notify(serializeLiveEvent(event));
        return heardBy(0) && heardBy(1);
      },
      { timeout: 20_000, interval: 250 },
    )
    .toBe(true);
}

it('an event published by one instance reaches every instance, itself included', async () => {
  await deliveredToBoth();
});

it('reconnects and resyncs after its LISTEN connection is killed', async () => {
  await deliveredToBoth();
  const listeners = await database.db.$queryRawUnsafe<Array<{ pid: number }>>(
    "SELECT pid FROM pg_stat_activity WHERE application_name = 'redline-live' AND datname = current_database()",
  );
  expect(listeners).toHaveLength(2);
  for (const { pid } of listeners) await database.db.$queryRawUnsafe('SELECT pg_terminate_backend($1)', pid);
  await expect.poll(() => instances.every(({ heard }) => heard.some((event) => event.type === 'resync')), { timeout: 20_000 }).toBe(true);
  await deliveredToBoth();
});
