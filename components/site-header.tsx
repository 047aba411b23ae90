// The bar at the top of every page: the product, and who is signed in.
import Link from 'next/link';
import { getActor } from '@/lib/server/session';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const actor = await getActor();
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Redline
      </Link>
      {actor && (
        <nav aria-label="Main" className="main-nav">
          <Link href="/">Documents</Link>
          <Link href="/glossary">Glossary</Link>
          <Link href="/memory">Translation memory</Link>
        </nav>
      )}
      {actor && (
        <nav aria-label="Account" className="account">
          <span>
            {actor.name} <span className="muted">({actor.role})</span>
          </span>
          <SignOutButton />
        </nav>
      )}
    </header>
  );
}
