'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n/use-t';
import { signInWithEmail } from '@/lib/clients/auth';
import { sameOriginPath } from '@/lib/return-path';
import { useHydrated } from './common/use-hydrated';

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until the page's scripts run, a click would submit the form natively: disabled until then,
  // and POST in any case, so a password never ends up in a URL (history, logs, Referer).
  const hydrated = useHydrated();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const error = await signInWithEmail(String(form.get('email')), String(form.get('password')));
    setPending(false);
    if (error) {
      setError(
        error.status === 401
          ? t('login.wrong')
          : error.code === 'ACCOUNT_DEACTIVATED'
            ? t('login.deactivated')
          : error.status === 429
            ? t('login.tooMany')
            : t('login.failed', { status: error.status }),
      );
      return;
    }
    // Checked again where it is followed, against the page's real origin.
    router.push(sameOriginPath(next, window.location.origin));
    router.refresh();
  }

  return (
    <form className="stack" method="post" onSubmit={submit}>
      <label>
        {t('login.email')}
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t('login.password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending || !hydrated}>
        {pending ? t('login.signingIn') : t('login.signIn')}
      </button>
    </form>
  );
}
