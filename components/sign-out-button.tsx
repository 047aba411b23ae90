'use client';
import { useRouter } from 'next/navigation';
import { useTranslation } from 'react-i18next';
import { authClient } from '@/lib/auth-client';

export function SignOutButton() {
  const router = useRouter();
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button-quiet"
      onClick={async () => {
        await authClient.signOut();
        router.push('/login');
        router.refresh();
      }}
    >
      {t('header.signOut')}
    </button>
  );
}
