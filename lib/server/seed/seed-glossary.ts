// Seeds the glossary with the WELT article's names and terms (seeds/glossary.json) when the
// glossary is empty: a glossary the desk has started is theirs, and the seed leaves it alone.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';

const glossaryFile = z.strictObject({
  terms: z.array(
    z.strictObject({
      source: z.string().min(1).max(200),
      note: z.string().max(1000).optional(),
      doNotTranslate: z.boolean().default(false),
      targets: z.record(z.string(), z.string().min(1).max(200)),
    }),
  ),
});

export async function seedGlossary(db: PrismaClient, file = path.join(process.cwd(), 'seeds', 'glossary.json')): Promise<number> {
  if (!existsSync(file) || (await db.glossaryTerm.count()) > 0) return 0;
  const { terms } = glossaryFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  const rows = terms.flatMap((term) =>
    Object.entries(term.targets).map(([targetLang, target]) => {
      // "Do not translate" holds for the languages that keep the term as it is; a language that
      // writes it in its own script (Arabic: تروث سوشيال) has an ordinary term instead.
      const doNotTranslate = term.doNotTranslate && target === term.source;
      return { sourceLang: 'en', targetLang, source: term.source, target, note: term.note ?? null, doNotTranslate };
    }),
  );
  // One statement: all terms or none, and no transaction to time out on a busy machine.
  await db.glossaryTerm.createMany({ data: rows });
  return rows.length;
}
