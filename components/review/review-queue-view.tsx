// The review queue: every paragraph of one language that waits for an editor's decision, with
// its redline since the last decision, the English change, the quality checks' findings, and
// the reasons it is there.
import Link from 'next/link';
import { languageName } from '@/lib/i18n/format';
import { listReviewQueue } from '@/lib/server/reviews/list-review-queue';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { ReviewQueue } from './review-queue';

export async function ReviewQueueView({ slug, lang }: { slug: string; lang: string }) {
  const actor = await requirePageActor(`/documents/${slug}/${lang}/review`);
  const { document, language, items, canReview } = await orNotFound(listReviewQueue({ slug, lang, actor }));
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const name = languageName(language.code, ui);

  return (
    <div className="page review-page">
      <p className="muted">
        <Link href={`/documents/${document.slug}/${language.code}`}>{t('workbench.back', { language: name })}</Link>
      </p>
      <h1>
        {t('queue.title', { language: name })} <span className="muted">· {document.title}</span>
      </h1>
      <ReviewQueue items={items} language={language} canReview={canReview} />
    </div>
  );
}
