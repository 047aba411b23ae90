import { expect, ON_SLOW_DEVICE, test } from '../fixtures';
import { currentText, raceToSave } from './conflict-support';

test('two people edit the same paragraph: the second sees who saved, the diff, and saves the merge', ON_SLOW_DEVICE, async ({ browser, story }) => {
  const doc = await story(['Headline', 'At least eight people died in Kyiv, more than 70 were injured.']);
  // The translator rewords the end while the editor fixes the death toll and saves first. (Had
  // the translator not been typing, the open workbench would simply have taken the editor's
  // version.)
  const { myRow, conflict, theirs } = await raceToSave(browser, doc, {
    lang: 'de',
    base: 'Mindestens acht Menschen starben in Kiew, mehr als 70 wurden verletzt.',
    theirs: 'Mindestens neun Menschen starben in Kiew, mehr als 70 wurden verletzt.',
    mine: 'Mindestens acht Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.',
    me: 'translator.de@example.com',
  });
  await expect(conflict).toContainText('Daniel Brooks saved version 2');
  await expect(conflict).toContainText('Mindestens neun Menschen starben in Kiew, mehr als 70 wurden verletzt.');
  await expect(conflict.locator('ins').first()).toBeVisible();
  await conflict.getByRole('button', { name: 'Save merged text' }).click();

  await expect(conflict).toHaveCount(0);
  await expect(myRow.getByRole('textbox')).toHaveValue('Mindestens neun Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.');
  await expect(myRow.getByRole('status')).toHaveText('Saved');
  expect(await currentText(theirs, doc, 'de')).toBe('Mindestens neun Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.');
});

test('keeping theirs discards my edit without saving anything', ON_SLOW_DEVICE, async ({ browser, story }) => {
  const doc = await story(['Headline', 'Body text.']);
  const { myRow } = await raceToSave(browser, doc, {
    lang: 'fr',
    base: 'Texte.',
    theirs: 'Texte de l’éditeur.',
    mine: 'Mon texte.',
    me: 'translator.fr@example.com',
  });
  await myRow.getByRole('group', { name: 'Edit conflict' }).getByRole('button', { name: 'Keep theirs' }).click();
  await expect(myRow.getByRole('textbox')).toHaveValue('Texte de l’éditeur.');
  await myRow.getByRole('button', { name: 'History' }).click();
  await expect(myRow.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(2);
});

// Issue 17: A changes the first word and adds a phrase at the end; B changes the first word
// differently. B must see the first word as a conflict and keep A's phrase whatever B picks.
const KYIV = {
  base: 'Kiew meldete in der Nacht neue Angriffe.',
  theirs: 'Kyjiw meldete in der Nacht neue Angriffe auf Charkiw und Odesa.',
  mine: 'Kyiv meldete in der Nacht neue Angriffe.',
};

test('overlapping edits: their added phrase is merged, the first word is a conflict I decide before anything is saved', ON_SLOW_DEVICE, async ({ browser, story }) => {
  const doc = await story(['Headline', 'Kyiv reported new attacks overnight.'], ['de']);
  const { myRow, conflict, theirs } = await raceToSave(browser, doc, { lang: 'de', ...KYIV, me: 'translator.de@example.com' });

  await expect(conflict).toContainText('Your edits and theirs overlap in 1 place');
  const first = conflict.getByRole('radiogroup', { name: 'Conflict 1 of 1' });
  await expect(first.getByRole('radio')).toHaveCount(3);
  await expect(first.getByRole('radio', { name: 'Theirs: Kyjiw' })).not.toBeChecked();
  await expect(first.getByRole('radio', { name: 'Mine: Kyiv' })).not.toBeChecked();
  await expect(first.getByRole('radio', { name: 'Write my own' })).not.toBeChecked();

  // The preview already holds their phrase, with the open conflict marked.
  const preview = conflict.getByRole('region', { name: 'Merged text' });
  await expect(preview).toContainText('meldete in der Nacht neue Angriffe auf Charkiw und Odesa.');
  await expect(preview).toContainText('conflict 1: not decided');

  // Nothing can be saved or taken into the editor while the conflict is open, and it says why.
  const saveMerged = conflict.getByRole('button', { name: 'Save merged text' });
  await expect(saveMerged).toBeDisabled();
  await expect(saveMerged).toHaveAccessibleDescription('Decide the conflict first.');
  await expect(conflict.getByRole('button', { name: 'Edit merged text' })).toBeDisabled();

  await first.getByRole('radio', { name: 'Mine: Kyiv' }).check();
  await expect(preview.locator('p')).toHaveText('Kyiv meldete in der Nacht neue Angriffe auf Charkiw und Odesa.');
  await expect(saveMerged).toBeEnabled();
  await saveMerged.click();

  await expect(conflict).toHaveCount(0);
  await expect(myRow.getByRole('textbox')).toHaveValue('Kyiv meldete in der Nacht neue Angriffe auf Charkiw und Odesa.');
  await expect(myRow.getByRole('status')).toHaveText('Saved');
  expect(await currentText(theirs, doc, 'de')).toBe('Kyiv meldete in der Nacht neue Angriffe auf Charkiw und Odesa.');
});

test('saving mine on top of theirs shows which of their words it removes and asks first', ON_SLOW_DEVICE, async ({ browser, story }) => {
  const doc = await story(['Headline', 'Kyiv reported new attacks overnight.'], ['de']);
  const { myRow, conflict } = await raceToSave(browser, doc, { lang: 'de', ...KYIV, me: 'translator.de@example.com' });

  await conflict.getByRole('button', { name: 'Save mine on top of theirs' }).click();
  const confirm = conflict.getByRole('group', { name: 'Save mine on top of theirs' });
  await expect(confirm).toContainText('This removes 5 words of theirs.');
  await expect(confirm.locator('del')).toHaveText(['Kyjiw', 'auf Charkiw und Odesa']);
  await expect(confirm.locator('ins')).toHaveText(['Kyiv']);

  // Changing one's mind saves nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(conflict).toBeVisible();

  await conflict.getByRole('button', { name: 'Save mine on top of theirs' }).click();
  await confirm.getByRole('button', { name: 'Replace their text with mine' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(myRow.getByRole('textbox')).toHaveValue(KYIV.mine);
  await expect(myRow.getByRole('status')).toHaveText('Saved');
  await myRow.getByRole('button', { name: 'History' }).click();
  await expect(myRow.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(3);
});

// What someone else does meanwhile (starting to edit the paragraph, stopping) shows on the row's
// live line, which takes no line of its own: the conflict view's buttons stay under the pointer.
// (They moved by a line when the live lines sat above the box, and a click could land beside them.)
test('what arrives live while the conflict view is open moves none of its buttons', async ({ browser, story }) => {
  const doc = await story(['Headline', 'Kyiv reported new attacks overnight.'], ['de']);
  const { mine, myRow, conflict, theirs } = await raceToSave(browser, doc, { lang: 'de', ...KYIV, me: 'translator.de@example.com' });
  // Events sent before the page's stream is open are not replayed.
  await expect(mine.locator('[data-live="open"]')).toHaveCount(1);
  const buttons = conflict.getByRole('button');
  const where = () => buttons.evaluateAll((all) => all.map((button) => button.getBoundingClientRect()).map(({ x, y }) => ({ x, y })));
  const before = await where();

  const presence = `/api/documents/${doc.slug}/presence`;
  expect((await theirs.post(presence, { data: { paragraphId: doc.paragraphs[1].id, lang: 'de', editing: true } })).status()).toBe(204);
  await expect(myRow.getByText('Daniel Brooks is editing')).toBeVisible();
  expect(await where()).toEqual(before);

  expect((await theirs.post(presence, { data: { paragraphId: doc.paragraphs[1].id, lang: 'de', editing: false } })).status()).toBe(204);
  await expect(myRow.getByText('is editing')).toHaveCount(0);
  expect(await where()).toEqual(before);
});
