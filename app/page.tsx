import { DocumentListView } from '@/components/documents/document-list-view';

export default function HomePage() {
  return <DocumentListView />;
}
