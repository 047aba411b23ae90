'use client';
import { useRouter } from 'next/navigation';
import { useT } from '@/components/i18n/use-t';
import { signOut } from '@/lib/clients/auth';

export function SignOutButton() {
  const router = useRouter();
  const { t } = useT();
  return (
    <button
      type="button"
      className="button-quiet"
      onClick={async () => {
        await signOut();
        router.push('/login');
        router.refresh();
      }}
    >
      {t('header.signOut')}
    </button>
  );
}
