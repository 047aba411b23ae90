// What a webhook URL may be: http or https, with a host, no user name or password in it (those
// would be shown on the admin page and in logs; the signature is how a receiver knows Redline),
// and no fragment. Loopback and private addresses are allowed on purpose: a newsroom's CMS is
// usually on its own network, and only admins register hooks.

export const MAX_WEBHOOK_URL = 2000;

export type WebhookUrlCheck = { ok: true; url: string } | { ok: false; message: string };

export function checkWebhookUrl(input: string): WebhookUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Give the URL the deliveries go to, such as https://cms.example/redline-hook.' };
  if (text.length > MAX_WEBHOOK_URL) return { ok: false, message: `The URL has ${text.length} characters; the limit is ${MAX_WEBHOOK_URL}.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `${JSON.stringify(text.slice(0, 80))} is not a URL; it starts with http:// or https://.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `Webhook URLs are http:// or https://, not ${url.protocol}//.` };
  }
  if (!url.hostname) return { ok: false, message: 'The URL names no host.' };
  if (url.username || url.password) {
    return { ok: false, message: 'Leave the user name and password out of the URL: receivers check the X-Redline-Signature header instead.' };
  }
  if (url.hash) return { ok: false, message: 'Leave the #fragment out of the URL: it is never sent to the receiver.' };
  return { ok: true, url: url.toString() };
}
