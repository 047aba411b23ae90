import type { Metadata } from 'next';
import { LoginForm } from '@/components/login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <div className="narrow">
      <h1>Sign in to Redline</h1>
      <LoginForm next={next?.startsWith('/') && !next.startsWith('//') ? next : '/'} />
    </div>
  );
}
