'use client';
// Name and password for an invitation; once the password is set, the person is signed in with
// it and lands on the documents.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/clients/api-call';
import { signInWithEmail } from '@/lib/clients/auth';
import { acceptInvitationCall } from '@/lib/clients/people';

export function InvitationForm({ token, email, name }: { token: string; email: string; name: string }) {
  const router = useRouter();
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    if (password !== String(data.get('repeat') ?? '')) return setError(t('invite.mismatch'));
    setPending(true);
    setError(null);
    const result = await acceptInvitationCall(token, { name: String(data.get('name') ?? ''), password });
    if (!result.ok) {
      setPending(false);
      // A link used or expired meanwhile: the page says so in full.
      if (result.status === 404 || result.status === 409 || result.status === 403) router.refresh();
      return setError(failureText(t, result));
    }
    if (await signInWithEmail(result.value.email, password)) {
      router.push('/login');
      return;
    }
    router.push('/');
    router.refresh();
  }

  return (
    <ScriptedForm className="stack" onSubmit={submit}>
      {/* For password managers: whose password this is. */}
      <input name="username" type="email" autoComplete="username" value={email} readOnly hidden />
      <label>
        {t('invite.name')}
        <input name="name" defaultValue={name} required maxLength={200} autoComplete="name" />
      </label>
      <label>
        {t('invite.password')}
        <input name="password" type="password" required minLength={8} maxLength={128} autoComplete="new-password" aria-describedby="password-hint" />
      </label>
      <p id="password-hint" className="muted">
        {t('invite.passwordHint')}
      </p>
      <label>
        {t('invite.repeat')}
        <input name="repeat" type="password" required minLength={8} maxLength={128} autoComplete="new-password" />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? t('invite.submitting') : t('invite.submit')}
      </button>
    </ScriptedForm>
  );
}
