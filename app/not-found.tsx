import Link from 'next/link';
import { getT } from '@/lib/server/ui-language';

export default async function NotFound() {
  const t = await getT();
  return (
    <div className="narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </div>
  );
}
