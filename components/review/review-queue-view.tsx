// The review queue: every paragraph of one language that waits for an editor's decision, with
// its redline since the last approval and the reasons it is there.
import Link from 'next/link';
import { languageName } from '@/lib/i18n/format';
import { queueReasons } from '@/lib/review-queue';
import { getDocumentTranslation } from '@/lib/server/documents/get-document-translation';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { ReviewQueue, type QueueItem } from './review-queue';

export async function ReviewQueueView({ slug, lang }: { slug: string; lang: string }) {
  const actor = await requirePageActor(`/documents/${slug}/${lang}/review`);
  const { document, language, paragraphs, permissions } = await orNotFound(getDocumentTranslation({ slug, lang, actor }));
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const name = languageName(language.code, ui);
  const items: QueueItem[] = paragraphs.flatMap((paragraph) => {
    const { translation } = paragraph;
    const reasons = queueReasons({
      status: paragraph.status,
      approvedBefore: Boolean(translation?.approvedVersionId),
      revisesRejection: translation?.revisesRejection ?? false,
    });
    if (!translation || reasons.length === 0) return [];
    return [
      {
        paragraphId: paragraph.id,
        position: paragraph.position,
        versionId: translation.versionId,
        author: translation.author,
        text: translation.text,
        // Never approved: the whole text is the change. Approved and unchanged (outdated): no redline.
        approvedText: translation.approvedVersionId === translation.versionId ? translation.text : (translation.approvedText ?? ''),
        sourceText: paragraph.source.text,
        translatedSourceText: translation.translatedSource?.text ?? null,
        reasons,
        openThreads: paragraph.openThreads,
      },
    ];
  });

  return (
    <div className="page review-page">
      <p className="muted">
        <Link href={`/documents/${document.slug}/${language.code}`}>{t('workbench.back', { language: name })}</Link>
      </p>
      <h1>
        {t('queue.title', { language: name })} <span className="muted">· {document.title}</span>
      </h1>
      <ReviewQueue items={items} language={language} canReview={permissions.review} />
    </div>
  );
}
