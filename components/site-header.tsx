// The bar at the top of every page: the product, its sections, the interface language, and who
// is signed in.
import Link from 'next/link';
import { canManageUsers, canManageWebhooks } from '@/lib/roles';
import { getActor } from '@/lib/server/session';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { UiLanguagePicker } from './i18n/ui-language-picker';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const [actor, t, language] = await Promise.all([getActor(), getT(), getUiLanguage()]);
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Redline
      </Link>
      {actor && (
        <nav aria-label={t('header.main')} className="main-nav">
          <Link href="/">{t('header.documents')}</Link>
          <Link href="/glossary">{t('header.glossary')}</Link>
          <Link href="/memory">{t('header.memory')}</Link>
          {canManageUsers(actor) && <Link href="/admin/users">{t('header.users')}</Link>}
          {canManageWebhooks(actor) && <Link href="/admin/webhooks">{t('header.webhooks')}</Link>}
        </nav>
      )}
      <div className="account">
        <UiLanguagePicker current={language} />
        {actor && (
          <>
            <span>
              {actor.name} <span className="muted">({t(`roles.${actor.role}`)})</span>
            </span>
            <Link href="/settings/tokens">{t('header.tokens')}</Link>
            <SignOutButton />
          </>
        )}
      </div>
    </header>
  );
}
