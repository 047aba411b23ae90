import { DocumentListView } from '@/components/documents/document-list-view';
import { readDocumentListFilters } from '@/lib/document-list-filters';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <DocumentListView filters={readDocumentListFilters(await searchParams)} />;
}
