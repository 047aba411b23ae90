'use client';
// Creating and revoking API tokens through the API; a new token is shown once, here.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { CopyField } from '@/components/common/copy-field';
import { LocalTime } from '@/components/common/local-time';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/clients/api-call';
import { createApiTokenCall, revokeApiTokenCall } from '@/lib/clients/tokens';
import type { ApiToken, CreatedApiToken } from '@/lib/api/tokens';

export function TokensManager({ tokens }: { tokens: ApiToken[] }) {
  const router = useRouter();
  const { t } = useT();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    const result = await createApiTokenCall(String(new FormData(form).get('name') ?? ''));
    setPending(false);
    if (!result.ok) return setError(failureText(t, result));
    setError(null);
    setCreated(result.value);
    form.reset();
    router.refresh();
  }

  async function revoke(token: ApiToken) {
    if (!window.confirm(t('tokens.revokeQuestion', { name: token.name }))) return;
    const result = await revokeApiTokenCall(token.id);
    if (!result.ok) return setError(failureText(t, result));
    setError(null);
    if (created?.id === token.id) setCreated(null);
    router.refresh();
  }

  return (
    <>
      <section aria-labelledby="create-token" className="card stack">
        <h2 id="create-token">{t('tokens.createTitle')}</h2>
        <ScriptedForm className="form-row" onSubmit={create} aria-labelledby="create-token">
          <label>
            {t('tokens.name')}
            <input name="name" required maxLength={100} autoComplete="off" aria-describedby="token-name-hint" />
          </label>
          <button type="submit" disabled={pending}>
            {pending ? t('tokens.creating') : t('tokens.create')}
          </button>
        </ScriptedForm>
        <p id="token-name-hint" className="muted">
          {t('tokens.nameHint')}
        </p>
        {created && (
          <div className="notice secret-once stack">
            <p>
              <strong>{t('tokens.newTitle', { name: created.name })}</strong> {t('tokens.newHint')}
            </p>
            <CopyField label={t('tokens.newLabel')} value={created.token} />
          </div>
        )}
      </section>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {tokens.length === 0 ? (
        <p className="muted">{t('tokens.none')}</p>
      ) : (
        <table className="people-table">
          <caption className="visually-hidden">{t('tokens.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tokens.colName')}</th>
              <th scope="col">{t('tokens.colCreated')}</th>
              <th scope="col">{t('tokens.colLastUsed')}</th>
              <th scope="col">{t('tokens.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <LocalTime iso={token.createdAt} />
                </td>
                <td>{token.lastUsedAt ? <LocalTime iso={token.lastUsedAt} /> : t('tokens.never')}</td>
                <td>
                  <button type="button" className="button-quiet button-small" aria-label={t('tokens.revokeLabel', { name: token.name })} onClick={() => revoke(token)}>
                    {t('tokens.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
