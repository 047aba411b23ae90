import { describe, expect, it } from 'vitest';
import { checkWebhookUrl } from './webhook-url';

describe('webhook URLs', () => {
  it.each([
    'https://cms.example/hooks/redline',
    'http://127.0.0.1:8080/hook',
    'http://10.0.0.12/redline?desk=politics',
    'http://[::1]:9000/',
    'http://cms.internal/hook',
  ])('accepts %s (the newsroom’s own network included)', (url) => {
    expect(checkWebhookUrl(url)).toEqual({ ok: true, url: new URL(url).toString() });
  });

  it.each([
    ['ftp://cms.example/hook', /http:\/\/ or https:\/\//],
    ['file:///etc/passwd', /not file:/],
    ['javascript:alert(1)', /not javascript:/],
    ['cms.example/hook', /not a URL/],
    ['https://user:pass@cms.example/hook', /user name and password/],
    ['https://token@cms.example/hook', /user name and password/],
    ['https://cms.example/hook#x', /fragment/],
    ['   ', /Give the URL/],
    [`https://cms.example/${'a'.repeat(2000)}`, /limit is 2000/],
  ])('refuses %s', (url, message) => {
    const checked = checkWebhookUrl(url);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });

  it('trims white space around the URL', () => {
    expect(checkWebhookUrl('  https://cms.example/h  ')).toEqual({ ok: true, url: 'https://cms.example/h' });
  });
});
