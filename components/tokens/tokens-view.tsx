// The signed-in person's API tokens: make one (shown once), see when each was last used,
// revoke it.
import Link from 'next/link';
import { requirePageActor } from '@/lib/server/page-guards';
import { listApiTokens } from '@/lib/server/tokens/list-api-tokens';
import { getT } from '@/lib/server/ui-language';
import { TokensManager } from './tokens-manager';
import '../people/people.css';

export async function TokensView() {
  const actor = await requirePageActor('/settings/tokens');
  const [tokens, t] = await Promise.all([listApiTokens({ actor }), getT()]);
  return (
    <div className="page stack">
      <h1>{t('tokens.title')}</h1>
      <p>
        {t('tokens.intro')} <code>Authorization: Bearer rl_…</code> · <Link href="/api-docs">{t('tokens.docs')}</Link>
      </p>
      <TokensManager tokens={tokens} />
    </div>
  );
}
