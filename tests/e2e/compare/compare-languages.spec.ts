import { addTranslation } from '../../support/fixtures';
import { expect, signIn, test } from '../fixtures';

const PARAGRAPHS = ['Drone attack on Kyiv', 'In total, Ukraine registered attacks with 215 drones and missiles.', 'At least eight people died.'];

test('an editor sees every language of a paragraph side by side, saves French there and finds it after a reload', async ({ page, story, db }) => {
  const doc = await story(PARAGRAPHS, ['de', 'fr', 'uk']);
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  await addTranslation(db, doc.paragraphs[0], 'de', 'Drohnenangriff auf Kiew', german.id);
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/compare?langs=de,fr,uk`);

  await expect(page.getByRole('region', { name: /^Paragraph \d+$/ })).toHaveCount(3);
  for (const n of [1, 2, 3]) {
    const row = page.getByRole('region', { name: `Paragraph ${n}`, exact: true });
    await expect(row).toContainText(PARAGRAPHS[n - 1]);
    await expect(row.getByRole('textbox', { name: /translation of paragraph/ })).toHaveCount(3);
    for (const language of ['German', 'French', 'Ukrainian']) {
      await expect(row.getByRole('textbox', { name: `${language} translation of paragraph ${n}`, exact: true })).toBeEditable();
    }
  }
  const first = page.getByRole('region', { name: 'Paragraph 1', exact: true });
  await expect(first.getByRole('group', { name: 'German' }).getByText('In review', { exact: true })).toBeVisible();
  await expect(first.getByRole('group', { name: 'German' }).getByRole('textbox')).toHaveValue('Drohnenangriff auf Kiew');
  await expect(first.getByRole('group', { name: 'French' }).getByText('Untranslated', { exact: true })).toBeVisible();
  await expect(first.getByRole('group', { name: 'Ukrainian' }).getByText('Untranslated', { exact: true })).toBeVisible();

  const french = page.getByRole('region', { name: 'Paragraph 2', exact: true }).getByRole('group', { name: 'French' });
  const box = french.getByRole('textbox', { name: 'French translation of paragraph 2', exact: true });
  await box.fill("Au total, l'Ukraine a enregistré des attaques de 215 drones et missiles.");
  await french.getByRole('button', { name: 'Save' }).click();
  await expect(french.getByRole('status')).toHaveText('Saved');
  await expect(french.getByText('In review', { exact: true })).toBeVisible();

  await page.reload();
  await expect(box).toHaveValue("Au total, l'Ukraine a enregistré des attaques de 215 drones et missiles.");
  await expect(french.getByText('In review', { exact: true })).toBeVisible();
  // The other languages of the row are untouched.
  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true }).getByRole('group', { name: 'German' }).getByText('Untranslated', { exact: true })).toBeVisible();
});

test('the language picker narrows the columns and the view remembers the choice', async ({ page, story }) => {
  const doc = await story(PARAGRAPHS, ['de', 'fr', 'uk']);
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/compare?langs=de,fr,uk`);
  const picker = page.getByRole('group', { name: 'Languages' });
  // The column header names each language in English and in its own words.
  const ukrainianHeader = page.getByRole('main').getByText('Українська', { exact: true });
  await expect(ukrainianHeader).toBeVisible();

  await picker.getByRole('checkbox', { name: 'Ukrainian' }).uncheck();
  await picker.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/compare\?langs=de,fr$/);
  await expect(page.getByRole('textbox', { name: /^Ukrainian translation/ })).toHaveCount(0);
  await expect(ukrainianHeader).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'French translation of paragraph 1', exact: true })).toBeVisible();

  await page.goto(`/documents/${doc.slug}/compare`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(row.getByRole('textbox', { name: 'German translation of paragraph 2', exact: true })).toBeVisible();
  await expect(row.getByRole('textbox', { name: 'French translation of paragraph 2', exact: true })).toBeVisible();
  await expect(row.getByRole('textbox', { name: /^Ukrainian translation/ })).toHaveCount(0);
  await expect(picker.getByRole('checkbox', { name: 'Ukrainian' })).not.toBeChecked();
  await expect(picker.getByRole('checkbox', { name: 'German' })).toBeChecked();
});

test('codes that are not languages of the story are ignored with a note', async ({ page, story }) => {
  const doc = await story(PARAGRAPHS, ['de', 'fr', 'uk']);
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/compare?langs=fr,ar,xx`);
  await expect(page.getByRole('note')).toContainText('Not shown: “ar”, “xx”');
  const row = page.getByRole('region', { name: 'Paragraph 1', exact: true });
  await expect(row.getByRole('textbox', { name: /translation of paragraph 1$/ })).toHaveCount(1);
  await expect(row.getByRole('textbox', { name: 'French translation of paragraph 1', exact: true })).toBeVisible();
});

test('a German translator can edit the German cells and only read the French ones', async ({ page, story }) => {
  const doc = await story(PARAGRAPHS, ['de', 'fr', 'uk']);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/compare?langs=de,fr`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const german = row.getByRole('group', { name: 'German' });
  const french = row.getByRole('group', { name: 'French' });

  await expect(french.getByRole('textbox', { name: 'French translation of paragraph 2', exact: true })).not.toBeEditable();
  await expect(french.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(french.getByRole('button', { name: 'History' })).toBeVisible();

  const box = german.getByRole('textbox', { name: 'German translation of paragraph 2', exact: true });
  await expect(box).toBeEditable();
  await box.fill('Insgesamt registrierte die Ukraine Angriffe mit 215 Drohnen und Raketen.');
  await german.getByRole('button', { name: 'Save' }).click();
  await expect(german.getByRole('status')).toHaveText('Saved');
  await expect(german.getByText('In review', { exact: true })).toBeVisible();
  // Editors' buttons are not a translator's.
  await expect(row.getByRole('button', { name: 'Approve' })).toHaveCount(0);
});

test.describe('on a 1440-pixel screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('four languages fit side by side without scrolling sideways', async ({ page, story, db }) => {
    const doc = await story(
      [
        'Suddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side',
        'US President Donald Trump has defended his efforts to end the Russian war of aggression against Ukraine and said that Russia has made a significant concession by agreeing not to occupy the whole of the country.',
        'Stopping the war and not taking over the whole country is "a pretty big concession", Trump said.',
      ],
      ['de', 'fr', 'uk', 'ar'],
    );
    const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
    await addTranslation(
      db,
      doc.paragraphs[1],
      'de',
      'US-Präsident Donald Trump hat seine Bemühungen um ein Ende des russischen Angriffskriegs gegen die Ukraine verteidigt und erklärt, Russland habe ein erhebliches Zugeständnis gemacht, indem es sich bereit erklärt habe, nicht das ganze Land zu besetzen.',
      german.id,
    );
    await signIn(page, 'editor@example.com');
    await page.goto(`/documents/${doc.slug}/compare?langs=ar,de,fr,uk`);

    const rows = page.getByRole('region', { name: /^Paragraph \d+$/ });
    await expect(rows).toHaveCount(3);
    for (let n = 1; n <= 3; n++) {
      const boxes = page.getByRole('region', { name: `Paragraph ${n}`, exact: true }).getByRole('textbox', { name: /translation of paragraph/ });
      await expect(boxes).toHaveCount(4);
      for (const box of await boxes.all()) {
        const bounds = await box.boundingBox();
        expect(bounds).not.toBeNull();
        expect(bounds!.x).toBeGreaterThanOrEqual(0);
        expect(bounds!.x + bounds!.width).toBeLessThanOrEqual(1440);
        // Readable, not squeezed: every box keeps at least its column's minimum width.
        expect(bounds!.width).toBeGreaterThanOrEqual(200);
      }
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  });
});

test('the compare view needs a session and knows only existing documents', async ({ page }) => {
  await page.goto('/documents/welt-trump-putin/compare?langs=de,fr');
  await expect(page).toHaveURL(/\/login\?next=/);
  await signIn(page, 'translator.fr@example.com');
  const response = await page.goto('/documents/no-such-story-here/compare');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});
