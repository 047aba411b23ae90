import type { Metadata } from 'next';
import { LoginForm } from '@/components/login-form';
import { sameOriginPath } from '@/lib/return-path';
import { requestOrigin } from '@/lib/server/request-origin';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('login.signIn') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const [t, origin] = await Promise.all([getT(), requestOrigin()]);
  return (
    <div className="narrow">
      <h1>{t('login.title')}</h1>
      <LoginForm next={sameOriginPath(next, origin)} />
    </div>
  );
}
