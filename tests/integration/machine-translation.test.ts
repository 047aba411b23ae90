// Machine translation suggestions end to end below the browser: the real DeepL client against a
// local server that speaks DeepL's API (tests/support/fake-deepl.ts), the suggestion kept in the
// database per English and language, the glossary made and reused, every failure DeepL documents
// turned into one line for the translator, and a save that names the suggestion it started from.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../../lib/roles';
import { deeplConfig } from '../../lib/server/env';
import { createDeeplProvider } from '../../lib/server/machine/deepl';
import { getMachineTranslation } from '../../lib/server/machine/get-machine-translation';
import { machineProvider } from '../../lib/server/machine/machine-provider';
import type { MachineTranslationProvider } from '../../lib/server/machine/provider';
import { listReviewQueue } from '../../lib/server/reviews/list-review-queue';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { listTranslationVersions } from '../../lib/server/translations/list-translation-versions';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { errorCodeOf } from '../support/error-code';
import { startFakeDeepl, type FakeDeepl } from '../support/fake-deepl';
import { createDocument, uniqueName } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

let database: TestDatabase;
let german: Actor;
let ukrainian: Actor;
let editor: Actor;
let fake: FakeDeepl;
let deepl: MachineTranslationProvider;

beforeAll(async () => {
  ({ database, actors: { german, ukrainian, editor } } = await openNewsroom({ german: ['translator', ['de']], ukrainian: ['translator', ['uk']], editor: ['editor'] }));
});
afterAll(() => database.close());
beforeEach(async () => {
  fake = await startFakeDeepl({ key: 'test-key:fx' });
  deepl = createDeeplProvider({ authKey: fake.key, apiUrl: fake.url, timeoutMs: 1_000 });
});
afterEach(async () => {
  await fake.close();
  vi.unstubAllEnvs();
});

async function paragraph(english = `${uniqueName('Storm')} hits the coast.`) {
  const doc = await createDocument(database.db, { paragraphs: ['Headline', english] });
  return { ...doc.paragraphs[1], slug: doc.slug };
}

/** The one-line message of the AppError a call fails with. */
async function failureOf(promise: Promise<unknown>): Promise<{ code: string; userMessage: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, userMessage: error.userMessage };
    throw error;
  }
  throw new Error('The call succeeded.');
}

describe('a machine translation suggestion', () => {
  it('asks DeepL with the key, the languages and the English, and answers { id, provider, text }', async () => {
    const { id } = await paragraph('At least eight people died.');
    const suggestion = await getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: deepl });
    expect(suggestion).toMatchObject({ provider: 'DeepL', text: '[DE] At least eight people died.' });
    const [call] = fake.translateCalls();
    expect(call.body).toMatchObject({ text: ['At least eight people died.'], source_lang: 'EN', target_lang: 'DE', preserve_formatting: true });
  });

  it('is kept per English and language: asked once, asked again when the English changes', async () => {
    const { id, sourceVersionId } = await paragraph('The talks resume on Monday.');
    const first = await getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: deepl });
    const again = await getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: deepl });
    expect(again).toEqual(first);
    expect(fake.translateCalls()).toHaveLength(1);
    expect(await database.db.machineTranslation.count({ where: { sourceVersionId } })).toBe(1);

    await updateSourceText({ paragraphId: id, text: 'The talks resume on Tuesday.', baseVersionId: sourceVersionId, actor: editor });
    const updated = await getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: deepl });
    expect(updated.text).toBe('[DE] The talks resume on Tuesday.');
    expect(updated.id).not.toBe(first.id);
    expect(fake.translateCalls()).toHaveLength(2);
  });

  it('only those who translate the language may ask (it spends the newsroom’s quota)', async () => {
    const { id } = await paragraph();
    expect(await errorCodeOf(getMachineTranslation({ paragraphId: id, lang: 'de', actor: ukrainian, provider: deepl }))).toBe('forbidden');
    expect(fake.translateCalls()).toHaveLength(0);
    expect(await errorCodeOf(getMachineTranslation({ paragraphId: id, lang: 'de', actor: editor, provider: deepl }))).toBe('ok');
  });
});

describe('the glossary', () => {
  it('goes to DeepL as a glossary, reused while the terms stay the same, made anew when they change', async () => {
    const term = uniqueName('Kremlinword');
    await database.db.glossaryTerm.createMany({
      data: [
        { sourceLang: 'en', targetLang: 'de', source: `${term} envoy`, target: 'Sondergesandter' },
        { sourceLang: 'en', targetLang: 'de', source: `${term}News`, target: 'ignored', doNotTranslate: true },
      ],
    });
    const first = await paragraph(`The ${term} envoy met ${term}News.`);
    const suggestion = await getMachineTranslation({ paragraphId: first.id, lang: 'de', actor: german, provider: deepl });
    expect(suggestion.text).toBe(`[DE] The Sondergesandter met ${term}News.`);
    const created = fake.requests.filter((request) => request.method === 'POST' && request.path === '/v2/glossaries');
    expect(created).toHaveLength(1);
    expect(created[0].body).toMatchObject({ source_lang: 'en', target_lang: 'de', entries_format: 'tsv' });
    // A do-not-translate term maps to itself.
    expect(String(created[0].body!.entries).split('\n')).toContain(`${term}News\t${term}News`);
    expect(fake.translateCalls()[0].body).toMatchObject({ glossary_id: 'glossary-1' });

    const second = await paragraph(`The ${term} envoy left.`);
    await getMachineTranslation({ paragraphId: second.id, lang: 'de', actor: german, provider: deepl });
    expect(fake.requests.filter((request) => request.method === 'POST' && request.path === '/v2/glossaries')).toHaveLength(1);
    expect(fake.translateCalls()[1].body).toMatchObject({ glossary_id: 'glossary-1' });
    expect(fake.requests.filter((request) => request.path === '/v2/glossary-language-pairs')).toHaveLength(1);

    await database.db.glossaryTerm.create({ data: { sourceLang: 'en', targetLang: 'de', source: `${term} talks`, target: 'Gespräche' } });
    const third = await paragraph(`The ${term} talks failed.`);
    const changed = await getMachineTranslation({ paragraphId: third.id, lang: 'de', actor: german, provider: deepl });
    expect(changed.text).toBe('[DE] The Gespräche failed.');
    expect(fake.requests.filter((request) => request.method === 'POST' && request.path === '/v2/glossaries')).toHaveLength(2);
    expect(fake.translateCalls()[2].body).toMatchObject({ glossary_id: 'glossary-2' });

    // After a restart (a new client) the same terms find their glossary on DeepL by its name.
    const restarted = createDeeplProvider({ authKey: fake.key, apiUrl: fake.url, timeoutMs: 1_000 });
    const fourth = await paragraph(`The ${term} envoy returned.`);
    await getMachineTranslation({ paragraphId: fourth.id, lang: 'de', actor: german, provider: restarted });
    expect(fake.requests.filter((request) => request.method === 'POST' && request.path === '/v2/glossaries')).toHaveLength(2);
    expect(fake.translateCalls()[3].body).toMatchObject({ glossary_id: 'glossary-2' });
  });

  it('is left out for a pair DeepL makes no glossary for', async () => {
    await database.db.glossaryTerm.create({ data: { sourceLang: 'en', targetLang: 'uk', source: uniqueName('Kyivword'), target: 'Київ' } });
    const { id } = await paragraph();
    const suggestion = await getMachineTranslation({ paragraphId: id, lang: 'uk', actor: ukrainian, provider: deepl });
    expect(suggestion.text).toMatch(/^\[UK\] /);
    expect(fake.requests.filter((request) => request.method === 'POST' && request.path === '/v2/glossaries')).toHaveLength(0);
    expect(fake.translateCalls()[0].body).not.toHaveProperty('glossary_id');
  });
});

describe('when DeepL fails', () => {
  const cases: Array<[string, Parameters<FakeDeepl['failNext']>[0], string]> = [
    ['a refused key (403)', { status: 403 }, 'DeepL refused the key. Ask an admin to check DEEPL_AUTH_KEY.'],
    ['the month’s quota used up (456)', { status: 456 }, 'DeepL’s quota for this month is used up.'],
    ['too many requests (429)', { status: 429 }, 'DeepL is getting too many requests. Try again in a minute.'],
    ['a server error (500)', { status: 500 }, 'DeepL is having trouble right now. Try again later.'],
    ['an answer that is not JSON', 'malformed', 'DeepL sent an answer Redline cannot read. Try again later.'],
    ['an answer later than the timeout', { slowMs: 3_000 }, 'DeepL did not answer within 1 second. Try again later.'],
  ];
  for (const [what, failure, message] of cases) {
    it(`${what}: one line for the translator, nothing kept, and the next request asks again`, async () => {
      const { id, sourceVersionId } = await paragraph();
      fake.failNext(failure);
      expect(await failureOf(getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: deepl }))).toEqual({ code: 'upstream_failed', userMessage: message });
      expect(await database.db.machineTranslation.count({ where: { sourceVersionId } })).toBe(0);
      // Editing goes on: a save works as before.
      expect((await saveTranslationVersion({ paragraphId: id, lang: 'de', text: 'Von Hand.', baseVersionId: null, actor: german })).created).toBe(true);
      expect((await getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: deepl })).text).toMatch(/^\[DE\] /);
    });
  }

  it('a wrong key is refused by DeepL itself with 403', async () => {
    const { id } = await paragraph();
    const wrong = createDeeplProvider({ authKey: 'not-the-key', apiUrl: fake.url, timeoutMs: 1_000 });
    expect(await failureOf(getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: wrong }))).toEqual({
      code: 'upstream_failed',
      userMessage: 'DeepL refused the key. Ask an admin to check DEEPL_AUTH_KEY.',
    });
    expect(fake.translateCalls()).toHaveLength(0);
  });

  it('no server at the address: could not be reached', async () => {
    const { id } = await paragraph();
    const url = fake.url;
    await fake.close();
    const gone = createDeeplProvider({ authKey: 'k', apiUrl: url, timeoutMs: 1_000 });
    expect((await failureOf(getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: gone }))).userMessage).toBe(
      'DeepL could not be reached. Try again later.',
    );
    fake = await startFakeDeepl();
  });
});

describe('configuration', () => {
  it('without DEEPL_AUTH_KEY the feature is off: 404, and DeepL is never asked', async () => {
    vi.stubEnv('DEEPL_AUTH_KEY', '');
    expect(machineProvider()).toBeNull();
    const { id } = await paragraph();
    expect(await failureOf(getMachineTranslation({ paragraphId: id, lang: 'de', actor: german }))).toMatchObject({ code: 'not_found' });
    expect(fake.requests).toHaveLength(0);
  });

  it('with DEEPL_AUTH_KEY and DEEPL_API_URL the configured client asks that server', async () => {
    vi.stubEnv('DEEPL_AUTH_KEY', fake.key);
    vi.stubEnv('DEEPL_API_URL', fake.url);
    const { id } = await paragraph('Peace talks.');
    expect((await getMachineTranslation({ paragraphId: id, lang: 'de', actor: german })).text).toBe('[DE] Peace talks.');
    expect(fake.translateCalls()).toHaveLength(1);
  });

  it('a free key (":fx") goes to api-free.deepl.com, any other to api.deepl.com, DEEPL_API_URL overrides both', () => {
    vi.stubEnv('DEEPL_API_URL', '');
    vi.stubEnv('DEEPL_AUTH_KEY', 'abc:fx');
    expect(deeplConfig()?.apiUrl).toBe('https://api-free.deepl.com');
    vi.stubEnv('DEEPL_AUTH_KEY', 'abc');
    expect(deeplConfig()).toEqual({ authKey: 'abc', apiUrl: 'https://api.deepl.com', timeoutMs: 10_000 });
    vi.stubEnv('DEEPL_API_URL', 'http://127.0.0.1:9/');
    expect(deeplConfig()?.apiUrl).toBe('http://127.0.0.1:9');
  });
});

describe('a save that started from a suggestion', () => {
  it('records the provider on the version, lists it in the history, and approves nothing', async () => {
    const { id, slug } = await paragraph('Ceasefire holds.');
    const suggestion = await getMachineTranslation({ paragraphId: id, lang: 'de', actor: german, provider: deepl });
    const saved = await saveTranslationVersion({ paragraphId: id, lang: 'de', text: 'Die Waffenruhe hält.', baseVersionId: null, machineTranslationId: suggestion.id, actor: german });
    expect(saved.version).toMatchObject({ machineProvider: 'DeepL' });
    expect(saved.version.carriedApproval).toBeUndefined();
    const stored = await database.db.translationVersion.findUniqueOrThrow({ where: { id: saved.version.versionId } });
    expect(stored).toMatchObject({ machineTranslationId: suggestion.id, machineProvider: 'DeepL' });
    expect(await database.db.review.count({ where: { translationVersionId: saved.version.versionId } })).toBe(0);
    const [latest] = await listTranslationVersions({ paragraphId: id, lang: 'de', actor: german });
    expect(latest).toMatchObject({ machineProvider: 'DeepL', review: null });
    const queue = await listReviewQueue({ slug, lang: 'de', actor: editor });
    expect(queue.items.map((item) => [item.position, item.machineProvider])).toEqual([[2, 'DeepL']]);

    const plain = await saveTranslationVersion({ paragraphId: id, lang: 'de', text: 'Die Waffenruhe hält an.', baseVersionId: saved.version.versionId, actor: german });
    expect(plain.version.machineProvider).toBeNull();
  });

  it('refuses a suggestion of another paragraph or language', async () => {
    const one = await paragraph();
    const other = await paragraph();
    const suggestion = await getMachineTranslation({ paragraphId: one.id, lang: 'de', actor: german, provider: deepl });
    expect(
      await errorCodeOf(saveTranslationVersion({ paragraphId: other.id, lang: 'de', text: 'Text.', baseVersionId: null, machineTranslationId: suggestion.id, actor: german })),
    ).toBe('invalid_input');
    expect(
      await errorCodeOf(saveTranslationVersion({ paragraphId: one.id, lang: 'uk', text: 'Текст.', baseVersionId: null, machineTranslationId: suggestion.id, actor: ukrainian })),
    ).toBe('invalid_input');
    expect(await database.db.translationVersion.count({ where: { paragraphId: { in: [one.id, other.id] } } })).toBe(0);
  });
});
