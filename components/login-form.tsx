'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n/use-t';
import { authClient } from '@/lib/auth-client';

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error } = await authClient.signIn.email({
      email: String(form.get('email')),
      password: String(form.get('password')),
    });
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
    router.push(next);
    router.refresh();
  }

  return (
    <form className="stack" onSubmit={submit}>
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
      <button type="submit" disabled={pending}>
        {pending ? t('login.signingIn') : t('login.signIn')}
      </button>
    </form>
  );
}
