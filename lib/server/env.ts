import 'server-only';
// The one place that reads process.env for the app. Values are checked when first used, so a
// missing secret fails with a sentence instead of a stack trace, and `next build` needs none.
import { AppError } from '../app-error';

export function authSecret(): string {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new AppError('config_invalid', {
      message:
        'BETTER_AUTH_SECRET must be set to at least 32 random characters (npm start creates one in data/ when it is missing).',
    });
  }
  return secret;
}

/** The public URL of the app when it sits behind a proxy; otherwise taken from each request. */
export function publicUrl(): string | undefined {
  return process.env.BETTER_AUTH_URL || undefined;
}

/**
 * Sign-in attempts allowed per client address and minute (REDLINE_SIGN_IN_PER_MINUTE, default
 * 10). The end-to-end tests, which sign in many times from one address, raise it.
 */
export function signInAttemptsPerMinute(): number {
  const value = Number(process.env.REDLINE_SIGN_IN_PER_MINUTE ?? 10);
  return Number.isInteger(value) && value > 0 ? value : 10;
}

/**
 * DeepL for machine translation suggestions: DEEPL_AUTH_KEY turns the feature on (none: off).
 * DEEPL_API_URL overrides the endpoint; without it a free key (ending in ":fx") goes to
 * api-free.deepl.com and any other to api.deepl.com, as DeepL's own clients decide.
 * REDLINE_MACHINE_TIMEOUT_MS (default 10000) bounds each call; the tests shorten it.
 */
export function deeplConfig(): { authKey: string; apiUrl: string; timeoutMs: number } | null {
  const authKey = process.env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) return null;
  const apiUrl = process.env.DEEPL_API_URL?.trim() || (authKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com');
  const timeout = Number(process.env.REDLINE_MACHINE_TIMEOUT_MS ?? 10_000);
  return { authKey, apiUrl: apiUrl.replace(/\/+$/, ''), timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : 10_000 };
}
