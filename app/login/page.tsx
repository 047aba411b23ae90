import type { Metadata } from 'next';
import { LoginForm } from '@/components/login-form';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('login.signIn') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const t = await getT();
  return (
    <div className="narrow">
      <h1>{t('login.title')}</h1>
      <LoginForm next={next?.startsWith('/') && !next.startsWith('//') ? next : '/'} />
    </div>
  );
}
