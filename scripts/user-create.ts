// `npm run user:create -- --email <address> --name <name> --role <role> [--languages de,fr]
// [--password-stdin]`: adds a person to the database DATABASE_URL names (migrating it first if
// needed), so that a newsroom started with REDLINE_DEMO=off gets its first admin. It prints a
// one-time invitation link, valid 7 days, with which the person sets their own password; with
// --password-stdin it reads the password from standard input instead. Never a password as an
// argument: the command line shows in `ps` to everyone on the machine and stays in shell history.
import { parseArgs } from 'node:util';
import { AppError } from '../lib/app-error';
import { describeDatabase, ensureDatabaseWritable, readDatabaseConfig } from '../lib/server/database-config';
import { getDb } from '../lib/server/db';
import { invitationUrl } from '../lib/server/people/invitation-link';
import { createPerson } from '../lib/server/people/create-person';
import { LANGUAGES } from '../lib/server/seed/languages';
import { migrateDatabase } from '../prisma/migrate';

const USAGE = 'Usage: npm run user:create -- --email <address> --name <name> --role <admin|editor|translator|reader> [--languages de,fr] [--password-stdin]';

async function readAll(input: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk));
  // One trailing line break is the end of what was typed or piped, not part of the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Where the app is reached, for the link: BETTER_AUTH_URL, or this machine on PORT. */
function appOrigin(): string {
  return process.env.BETTER_AUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
}

export async function main(argv = process.argv.slice(2), stdin: AsyncIterable<Buffer | string> = process.stdin) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        languages: { type: 'string', default: '' },
        'password-stdin': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new AppError('invalid_input', { message: `${(error as Error).message}\n${USAGE}` });
  }
  if (!values.email || !values.name || !values.role) throw new AppError('invalid_input', { message: USAGE });

  const database = readDatabaseConfig();
  ensureDatabaseWritable(database);
  const applied = await migrateDatabase(database);
  if (applied.length) console.log(`Migrated ${describeDatabase(database)}: ${applied.join(', ')}`);
  const db = getDb();
  try {
    // A database started with REDLINE_DEMO=off has no languages yet; a person's languages need them.
    for (const language of LANGUAGES) await db.language.upsert({ where: { code: language.code }, create: language, update: {} });
    const languages = values.languages.split(',').map((code) => code.trim()).filter(Boolean);
    const person = { email: values.email, name: values.name, role: values.role, languages };
    if (values['password-stdin']) {
      const created = await createPerson(db, person, { password: await readAll(stdin) });
      console.log(`Created ${values.role} ${created.email}. They sign in at ${appOrigin()}/login with the password given.`);
    } else {
      const created = await createPerson(db, person, { invitedById: null });
      const { token, expiresAt } = created.invitation!;
      console.log(`Created ${values.role} ${created.email}. Pass on this one-time link; it sets their password and works until ${expiresAt.toISOString()}:`);
      console.log(invitationUrl(appOrigin(), token));
    }
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  });
}
