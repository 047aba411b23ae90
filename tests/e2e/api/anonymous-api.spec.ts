import { expect, test } from '../fixtures';
import { searchable } from '../../../lib/search-text';

test('without a session every endpoint answers 401 with the JSON error shape and changes nothing', async ({ request, story, db }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  const paragraph = doc.paragraphs[1];
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  const version = await db.translationVersion.create({
    data: { paragraphId: paragraph.id, languageCode: 'de', number: 1, ...searchable('Text.'), authorId: german.id, sourceVersionId: paragraph.sourceVersionId },
  });
  // Only this story's rows: other tests write to the same database at the same time.
  const inStory = { paragraph: { documentId: doc.id } };
  const rows = () =>
    Promise.all([
      db.translationVersion.count({ where: inStory }),
      db.review.count({ where: { translationVersion: inStory } }),
      db.sourceVersion.count({ where: inStory }),
      db.comment.count({ where: inStory }),
      db.edition.count({ where: { documentId: doc.id } }),
    ]);
  const before = await rows();

  const calls: Array<[string, string, unknown]> = [
    ['POST', `/api/paragraphs/${paragraph.id}/translations/de/versions`, { text: 'x', baseVersionId: version.id }],
    ['POST', `/api/translation-versions/${version.id}/approve`, {}],
    ['POST', `/api/translation-versions/${version.id}/reject`, { comment: 'no' }],
    ['POST', `/api/paragraphs/${paragraph.id}/source-versions`, { text: 'x', baseVersionId: paragraph.sourceVersionId }],
    ['POST', `/api/paragraphs/${paragraph.id}/translations/de/comments`, { text: 'x' }],
    ['POST', `/api/documents/${doc.slug}/editions?lang=de`, undefined],
    ['PUT', `/api/documents/${doc.slug}/source`, { format: 'text', content: 'Headline\nAnother body.' }],
    ['GET', `/api/documents`, undefined],
    ['GET', `/api/documents/${doc.slug}?lang=de`, undefined],
    ['GET', `/api/paragraphs/${paragraph.id}/translations/de/versions`, undefined],
    ['GET', `/api/diff?from=${version.id}&to=${version.id}`, undefined],
  ];
  for (const [method, url, data] of calls) {
    const response = await request.fetch(url, { method, data });
    expect(response.status(), `${method} ${url}`).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'not_signed_in' });
  }
  expect(await rows()).toEqual(before);
});

test('a translator is refused approving through the API, and a rejection without a comment is bad input', async ({ browser, story, db }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  const paragraph = doc.paragraphs[1];
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  const version = await db.translationVersion.create({
    data: { paragraphId: paragraph.id, languageCode: 'de', number: 1, ...searchable('Text.'), authorId: german.id, sourceVersionId: paragraph.sourceVersionId },
  });
  const translator = await browser.newContext();
  await translator.request.post('/api/auth/sign-in/email', { data: { email: 'translator.de@example.com', password: 'redline-demo' } });
  const approve = await translator.request.post(`/api/translation-versions/${version.id}/approve`, { data: {} });
  expect(approve.status()).toBe(403);
  expect((await approve.json()).error).toBe('forbidden');

  const editor = await browser.newContext();
  await editor.request.post('/api/auth/sign-in/email', { data: { email: 'editor@example.com', password: 'redline-demo' } });
  const reject = await editor.request.post(`/api/translation-versions/${version.id}/reject`, { data: { comment: '' } });
  expect(reject.status()).toBe(400);
  const publish = await editor.request.post(`/api/documents/${doc.slug}/editions?lang=de`);
  expect(publish.status()).toBe(409);
  expect((await publish.json()).message).toMatch(/Paragraphs 1, 2 are not approved/);
  expect(await db.review.count({ where: { translationVersionId: version.id } })).toBe(0);
});
