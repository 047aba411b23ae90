import { ReviewQueueView } from '@/components/review/review-queue-view';

export default async function ReviewQueuePage({ params }: { params: Promise<{ slug: string; lang: string }> }) {
  const { slug, lang } = await params;
  return <ReviewQueueView slug={slug} lang={lang} />;
}
