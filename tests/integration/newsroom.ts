// The set-up most integration test files share: a fresh database of their own (test-database.ts),
// its languages (creating a first document creates them), and the people the file's tests act
// as, each a new user with a role and languages. In a file:
//
//   let database: TestDatabase;
//   let german: Actor;
//   beforeAll(async () => {
//     ({ database, actors: { german } } = await openNewsroom({ german: ['translator', ['de']] }));
//   });
//   afterAll(() => database.close());
import type { Actor, Role } from '../../lib/roles';
import { createActor, createDocument } from '../support/fixtures';
import { openTestDatabase, type TestDatabase } from './test-database';

/** A person by role, and for a translator the languages they translate into. */
export type PersonSpec = readonly [role: Role, languages?: string[]];

export async function openNewsroom<P extends Record<string, PersonSpec>>(people: P): Promise<{ database: TestDatabase; actors: { [K in keyof P]: Actor } }> {
  const database = await openTestDatabase();
  await createDocument(database.db, { paragraphs: ['warm-up'] });
  const actors = {} as { [K in keyof P]: Actor };
  for (const [name, [role, languages]] of Object.entries(people) as Array<[keyof P, PersonSpec]>) {
    actors[name] = await createActor(database.db, role, languages);
  }
  return { database, actors };
}
