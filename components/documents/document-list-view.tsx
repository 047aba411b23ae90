// The home page: every document, and per target language how far its translation has come.
import Link from 'next/link';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { requirePageActor } from '@/lib/server/page-guards';
import { ActivityChart } from './activity-chart';
import { StatusBar } from './status-bar';

export async function DocumentListView() {
  const actor = await requirePageActor('/');
  const documents = await listDocuments({ actor });
  return (
    <div className="page">
      <h1>Documents</h1>
      {documents.length === 0 && <p>No documents yet.</p>}
      <ul className="document-list">
        {documents.map((document) => (
          <li key={document.slug} className="card">
            <h2>{document.title}</h2>
            <p className="muted">
              {document.paragraphCount} paragraphs · source {document.sourceLang}
            </p>
            <table className="progress-table">
              <caption className="visually-hidden">Translation progress of {document.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Language</th>
                  <th scope="col">Progress</th>
                  <th scope="col">Approved</th>
                  <th scope="col">Approved words</th>
                </tr>
              </thead>
              <tbody>
                {document.languages.map((language) => (
                  <tr key={language.code}>
                    <th scope="row">
                      <Link href={`/documents/${document.slug}/${language.code}`}>
                        {language.englishName} <span className="muted" lang={language.code}>({language.nativeName})</span>
                      </Link>
                    </th>
                    <td>
                      <StatusBar counts={language.statusCounts} />
                    </td>
                    <td>
                      {language.statusCounts.approved} of {document.paragraphCount}
                    </td>
                    <td>{document.sourceWords ? Math.round((100 * language.approvedWords) / document.sourceWords) : 0}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ActivityChart days={document.activity} title={document.slug} />
            <p>
              <Link href={`/documents/${document.slug}/activity`}>All activity</Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
