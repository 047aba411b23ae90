// TMX against a reader and writer nobody here wrote: Debian's translate-toolkit (Python), run as
// /usr/bin/python3 and po2tmx. Redline's export must read back through translate.storage.tmx with
// the same units and texts; a TMX that po2tmx writes must import and feed suggestions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { exportTmx } from '../../lib/server/memory/export-tmx';
import { importTmx } from '../../lib/server/memory/import-tmx';
import { suggestTranslations } from '../../lib/server/memory/suggest-translations';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { decodeXmlBytes } from '../../lib/xml/decode-xml-bytes';
import { createDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

const PYTHON = '/usr/bin/python3';
const PO2TMX = '/usr/bin/po2tmx';

let database: TestDatabase;
let editor: Actor;
let translator: Actor;
let scratch: string;

beforeAll(async () => {
  for (const [tool, what] of [
    [PYTHON, 'Python 3'],
    [PO2TMX, 'po2tmx'],
  ]) {
    if (!existsSync(tool)) throw new Error(`${tool} is missing: these tests need ${what} with Debian's translate-toolkit (apt-get install translate-toolkit).`);
  }
  try {
    execFileSync(PYTHON, ['-c', 'import translate.storage.tmx']);
  } catch {
    throw new Error(`${PYTHON} cannot import translate.storage.tmx: install Debian's translate-toolkit (apt-get install translate-toolkit).`);
  }
  scratch = mkdtempSync(path.join(tmpdir(), 'redline-tmx-'));
  ({ database, actors: { editor, translator } } = await openNewsroom({ editor: ['editor'], translator: ['translator', ['de']] }));
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await database.close();
});

/** The units of a TMX file as translate-toolkit reads them. */
function readWithTranslateToolkit(file: string): Array<{ source: string; target: string; creationid: string | null; creationdate: string | null }> {
  const script = [
    'import json, sys',
    'from translate.storage import tmx',
    "with open(sys.argv[1], 'rb') as f: store = tmx.tmxfile(f, sourcelanguage='en', targetlanguage='de')",
    "print(json.dumps([{'source': u.source, 'target': u.target, 'creationid': u.xmlelement.get('creationid'), 'creationdate': u.xmlelement.get('creationdate')} for u in store.units]))",
  ].join('\n');
  return JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }));
}

describe('translate-toolkit', () => {
  it('reads Redline’s export with the same units and texts, author and date', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Head', 'Trump & Putin: "a pretty big concession" (1 < 2), the envoy said.'] });
    const { version } = await saveTranslationVersion({ paragraphId: doc.paragraphs[1].id, lang: 'de', text: 'Trump & Putin: „ein ziemlich großes Zugeständnis“ (1 < 2), sagte der Gesandte.', baseVersionId: null, actor: translator });
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor });
    const imported = `<tmx version="1.4"><header srclang="en"/><body><tu creationdate="20240301T080000Z" creationid="Agency desk"><tuv xml:lang="en"><seg>Kyiv &amp; Odesa</seg></tuv><tuv xml:lang="de"><seg>Kiew &amp; Odessa</seg></tuv></tu></body></tmx>`;
    await importTmx({ xml: imported, name: 'agency.tmx', dryRun: false, actor: editor });

    const file = await exportTmx({ lang: 'de', actor: translator });
    const written = path.join(scratch, file.filename);
    writeFileSync(written, file.body);
    const units = readWithTranslateToolkit(written);
    expect(units).toEqual([
      {
        source: 'Trump & Putin: "a pretty big concession" (1 < 2), the envoy said.',
        target: 'Trump & Putin: „ein ziemlich großes Zugeständnis“ (1 < 2), sagte der Gesandte.',
        creationid: translator.name,
        creationdate: expect.stringMatching(/^\d{8}T\d{6}Z$/),
      },
      { source: 'Kyiv & Odesa', target: 'Kiew & Odessa', creationid: 'Agency desk', creationdate: '20240301T080000Z' },
    ]);
  });

  it('writes a TMX (po2tmx) that Redline imports and then suggests for a similar paragraph', async () => {
    const po = path.join(scratch, 'desk.po');
    const tmx = path.join(scratch, 'desk.tmx');
    writeFileSync(
      po,
      [
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '',
        'msgid "The mayor said the bridge over the Dnipro will reopen in June."',
        'msgstr "Der Bürgermeister sagte, die Brücke über den Dnipro werde im Juni wieder geöffnet."',
        '',
      ].join('\n'),
    );
    execFileSync(PO2TMX, ['-l', 'de', po, tmx], { stdio: 'pipe' });
    const report = await importTmx({ xml: decodeXmlBytes(readFileSync(tmx)), name: 'desk.tmx', dryRun: false, actor: editor });
    expect(report).toMatchObject({ imported: 1, duplicates: 0, skipped: [] });

    const doc = await createDocument(database.db, { paragraphs: ['Head', 'The mayor said the bridge over the Dnipro will reopen in July.'] });
    const { suggestions } = await suggestTranslations({ paragraphId: doc.paragraphs[1].id, lang: 'de', actor: translator });
    expect(suggestions[0]).toMatchObject({
      target: 'Der Bürgermeister sagte, die Brücke über den Dnipro werde im Juni wieder geöffnet.',
      imported: { file: 'desk.tmx' },
    });
    expect(suggestions[0].score).toBeGreaterThanOrEqual(80);
  });
});
