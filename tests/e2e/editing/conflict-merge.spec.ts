// The three-way merge of the conflict view, hunk by hunk: several conflicts, each decided on its
// own (theirs, mine, or one's own wording), in the Ukrainian interface; and a merge without
// conflicts taken into the editor. Issue 17, point 4.
import { expect, ON_SLOW_DEVICE, test } from '../fixtures';
import { expectAccessible } from '../expect-accessible';
import { raceToSave, type Words } from './conflict-support';

const UKRAINIAN: Words = { paragraph: 'Абзац 2', save: 'Зберегти', conflict: 'Конфлікт редагування' };

test('two conflicts and a change of theirs: each conflict decided on its own, then the merge goes into the editor, unsaved', ON_SLOW_DEVICE, async ({ browser, story }) => {
  const doc = await story(['Headline', 'Russia attacked Kyiv again. At least eight people died.'], ['uk']);
  const { myRow, conflict } = await raceToSave(browser, doc, {
    lang: 'uk',
    base: 'Росія знову атакувала Київ. Загинули щонайменше вісім людей.',
    theirs: 'Росія вкотре атакувала Київ уночі. Загинули щонайменше дев’ять людей.',
    mine: 'Росія знову атакувала Київ вночі. Загинули щонайменше десять людей.',
    me: 'translator.uk@example.com',
    locale: 'uk-UA',
    words: UKRAINIAN,
  });

  await expect(conflict).toContainText('перетинаються в 2 місцях');
  const saveMerged = conflict.getByRole('button', { name: 'Зберегти об’єднаний текст' });
  const editMerged = conflict.getByRole('button', { name: 'Редагувати об’єднаний текст' });
  await expect(saveMerged).toHaveAccessibleDescription('Спершу вирішіть 2 конфлікти.');
  await expect(editMerged).toBeDisabled();
  const preview = conflict.getByRole('region', { name: 'Об’єднаний текст' }).locator('p');
  // Their "вкотре" touched nothing of mine: it is merged already.
  await expect(preview).toHaveText('Росія вкотре атакувала Київ[конфлікт 1: не вирішено]. Загинули щонайменше [конфлікт 2: не вирішено] людей.');

  // Both inserted a word after "Київ": their "уночі".
  const first = conflict.getByRole('radiogroup', { name: 'Конфлікт 1 з 2' });
  await first.getByRole('radio', { name: /^Їхній варіант/ }).check();
  await expect(saveMerged).toHaveAccessibleDescription('Спершу вирішіть конфлікт.');
  await expect(saveMerged).toBeDisabled();

  // Both changed "вісім": my own wording, starting from mine.
  const second = conflict.getByRole('radiogroup', { name: 'Конфлікт 2 з 2' });
  await expect(second).toContainText('вісім');
  await second.getByRole('radio', { name: 'Написати свій варіант' }).check();
  const own = second.getByRole('textbox', { name: 'Конфлікт 2 з 2: ваш текст' });
  await expect(own).toHaveValue('десять');
  await own.fill('дев’ять або десять');
  await expectAccessible(myRow.page(), 'conflict view', '.conflict');
  await expect(preview).toHaveText('Росія вкотре атакувала Київ уночі. Загинули щонайменше дев’ять або десять людей.');
  await expect(saveMerged).toBeEnabled();

  // Taking the merge into the editor saves nothing yet.
  await editMerged.click();
  await expect(conflict).toHaveCount(0);
  const box = myRow.getByRole('textbox');
  await expect(box).toHaveValue('Росія вкотре атакувала Київ уночі. Загинули щонайменше дев’ять або десять людей.');
  await myRow.getByRole('button', { name: 'Історія' }).click();
  await expect(myRow.getByRole('region', { name: 'Історія' }).getByRole('listitem')).toHaveCount(2);
});

test('a merge without conflicts can be saved at once, and shows what it changes in their text', ON_SLOW_DEVICE, async ({ browser, story }) => {
  const doc = await story(['Headline', 'The Kremlin spokesman said so on Thursday.'], ['de']);
  const { myRow, conflict } = await raceToSave(browser, doc, {
    lang: 'de',
    base: 'Das sagte Kremlsprecher Peskow am Donnerstag.',
    theirs: 'Das sagte Kremlsprecher Dmitri Peskow am Donnerstag.',
    mine: 'Das sagte Kremlsprecher Peskow am Donnerstag in Moskau.',
    me: 'translator.de@example.com',
  });
  await expect(conflict).toContainText('Your edits and theirs touch different words: both are merged below.');
  await expect(conflict.getByRole('radiogroup')).toHaveCount(0);
  await expect(conflict.getByRole('region', { name: 'Merged text' }).locator('p')).toHaveText('Das sagte Kremlsprecher Dmitri Peskow am Donnerstag in Moskau.');
  await expect(conflict.locator('ins')).toHaveText(['in Moskau']);
  await expect(conflict.locator('del')).toHaveCount(0);
  await conflict.getByRole('button', { name: 'Save merged text' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(myRow.getByRole('textbox')).toHaveValue('Das sagte Kremlsprecher Dmitri Peskow am Donnerstag in Moskau.');
  await expect(myRow.getByRole('status')).toHaveText('Saved');
});
