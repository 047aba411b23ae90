// An admin registers a webhook on /admin/webhooks pointing at a receiver this test runs, copies
// the secret shown once, and sees an approval's delivery listed as delivered with 200, signed
// with that secret; Redeliver sends it again. Changing events, pausing and deleting work from
// the page; a URL that is not http(s) is refused; the page and its API are for admins only.
import { verifyWebhookSignature } from '../../../lib/webhooks/signature';
import { startWebhookReceiver } from '../../support/webhook-receiver';
import { expectAccessible } from '../expect-accessible';
import { expect, signIn, test } from '../fixtures';
import { searchable } from '../../../lib/search-text';

test('an admin adds a webhook and sees an approval delivered to it', async ({ page, context, story, db }) => {
  // Two real deliveries, each waiting for the worker's round (1 s) and the page's reload (3 s), and two axe runs.
  test.slow();
  const cms = await startWebhookReceiver();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, 'admin@example.com');
    await page.goto('/admin/webhooks');
    await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();

    const add = page.getByRole('form', { name: 'Add a webhook' });
    await add.getByRole('textbox', { name: 'URL' }).fill(cms.url);
    await add.getByRole('checkbox', { name: /translation\.approved/ }).check();
    await add.getByRole('button', { name: 'Add webhook' }).click();

    const secretBox = page.getByRole('textbox', { name: 'Secret' });
    await expect(secretBox).toHaveValue(/^whsec_[A-Za-z0-9_-]{32}$/);
    const secret = await secretBox.inputValue();
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    const hook = page.getByRole('article', { name: `Webhook ${cms.url}` });
    await expect(hook).toContainText('Active');
    await expect(hook).toContainText('No deliveries yet.');
    await expectAccessible(page, 'webhooks with a new secret');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(secretBox).toHaveCount(0);

    // An editor's approval, made through the API like any other.
    const doc = await story(['Attack on Kyiv', 'At least eight people died.'], ['de']);
    const translator = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
    const version = await db.translationVersion.create({
      data: { paragraphId: doc.paragraphs[1].id, languageCode: 'de', number: 1, ...searchable('Mindestens acht Menschen starben.'), authorId: translator.id, sourceVersionId: doc.paragraphs[1].sourceVersionId },
    });
    expect((await page.request.post(`/api/translation-versions/${version.id}/approve`)).status()).toBe(201);

    // Other tests approve too, and this hook hears them all: find this approval's delivery.
    await expect.poll(() => cms.received.find((request) => (request.body as { data: { version: { id: string } } }).data.version.id === version.id)).toBeTruthy();
    const ours = cms.received.find((request) => (request.body as { data: { version: { id: string } } }).data.version.id === version.id)!;
    expect(verifyWebhookSignature(secret, ours.rawBody, ours.headers['x-redline-signature'] as string)).toBe(true);
    const deliveryId = ours.headers['x-redline-delivery'] as string;
    expect(ours.body).toMatchObject({ event: 'translation.approved', deliveryId, data: { document: { slug: doc.slug }, language: 'de', paragraph: { position: 2 } } });

    // The page shows it without a reload once it is delivered.
    const row = hook.getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(deliveryId) }) });
    await expect(row).toContainText('Delivered', { timeout: 15_000 });
    await expect(row.getByRole('cell').nth(3)).toHaveText('200');
    await expect(row).toContainText('translation.approved');
    await expectAccessible(page, 'webhooks with deliveries');

    await row.getByRole('button', { name: /Redeliver/ }).click();
    await expect.poll(() => cms.received.filter((request) => (request.body as { data: { version: { id: string } } }).data.version.id === version.id).length).toBe(2);
    const again = cms.received.filter((request) => (request.body as { data: { version: { id: string } } }).data.version.id === version.id)[1];
    expect(again.headers['x-redline-delivery']).not.toBe(deliveryId);
    await expect(hook.getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(again.headers['x-redline-delivery'] as string) }) })).toContainText('Delivered', {
      timeout: 15_000,
    });

  } finally {
    await cms.close();
  }
});

test('an admin changes a webhook’s events, pauses it and deletes it', async ({ page }) => {
  await signIn(page, 'admin@example.com');
  const url = `http://127.0.0.1:9/paused-${Date.now()}`;
  expect((await page.request.post('/api/webhooks', { data: { url, events: ['translation.approved'] } })).status()).toBe(201);
  await page.goto('/admin/webhooks');
  const hook = page.getByRole('article', { name: `Webhook ${url}` });

  await hook.getByRole('button', { name: 'Change events' }).click();
  const events = hook.getByRole('form', { name: `Events of ${url}` });
  await expect(events.getByRole('checkbox', { name: /translation\.approved/ })).toBeChecked();
  await events.getByRole('checkbox', { name: /translation\.approved/ }).uncheck();
  await events.getByRole('checkbox', { name: /edition\.published/ }).check();
  await events.getByRole('button', { name: 'Save events' }).click();
  await expect(events).toHaveCount(0);
  // The line naming what the hook hears (its deliveries below may still name the old event: other
  // tests approve translations while this one runs).
  const hears = hook.getByRole('paragraph').filter({ hasText: 'hears' });
  await expect(hears).toContainText('edition.published');
  await expect(hears).not.toContainText('translation.approved');

  await hook.getByRole('button', { name: 'Deactivate' }).click();
  await expect(hook).toContainText('Inactive');
  await hook.getByRole('button', { name: 'Activate' }).click();
  await expect(hook.getByRole('button', { name: 'Deactivate' })).toBeVisible();

  page.once('dialog', (dialog) => void dialog.accept());
  await hook.getByRole('button', { name: 'Delete' }).click();
  await expect(hook).toHaveCount(0);
  const listed = (await (await page.request.get('/api/webhooks')).json()) as Array<{ url: string }>;
  expect(listed.map((webhook) => webhook.url)).not.toContain(url);
});

test('a webhook URL that is not http(s) is refused on the page, and editors do not manage webhooks', async ({ page }) => {
  await signIn(page, 'admin@example.com');
  await page.goto('/admin/webhooks');
  const add = page.getByRole('form', { name: 'Add a webhook' });
  // The browser's own URL check lets ftp:// through; the server refuses it.
  await add.getByRole('textbox', { name: 'URL' }).fill('ftp://cms.example/hook');
  await add.getByRole('checkbox', { name: /edition\.published/ }).check();
  await add.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Webhook URLs are http:// or https://, not ftp://.');
  await expect(page.getByRole('article', { name: 'Webhook ftp://cms.example/hook' })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, 'editor@example.com');
  await page.goto('/admin/webhooks');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Only admins manage webhooks.');
  await expect(page.getByRole('link', { name: 'Webhooks' })).toHaveCount(0);
  expect((await page.request.get('/api/webhooks')).status()).toBe(403);
});
