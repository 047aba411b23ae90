// One paragraph of the workbench: the English source beside the editable translation.
import type { LanguageInfo } from '@/lib/server/documents/find-document-language';
import type { ParagraphState } from '@/lib/server/documents/load-paragraph-states';
import { TranslationEditor } from './translation-editor';

const KIND_LABELS: Record<ParagraphState['kind'], string> = {
  dateline: 'Dateline',
  headline: 'Headline',
  outlet: 'Outlet',
  byline: 'Byline',
  standfirst: 'Standfirst',
  subheading: 'Subheading',
  body: 'Body',
};

export function ParagraphRow({
  paragraph,
  language,
  canTranslate,
}: {
  paragraph: ParagraphState;
  language: LanguageInfo;
  canTranslate: boolean;
}) {
  const { translation } = paragraph;
  return (
    <section className={`paragraph-row kind-${paragraph.kind}`} aria-label={`Paragraph ${paragraph.position}`} id={`p${paragraph.position}`}>
      <div className="source-cell">
        <p className="paragraph-meta">
          <span className="paragraph-number">{paragraph.position}</span> {KIND_LABELS[paragraph.kind]}
        </p>
        <p className="source-text" lang="en">
          {paragraph.source.text}
        </p>
      </div>
      <TranslationEditor
        paragraphId={paragraph.id}
        position={paragraph.position}
        language={language}
        canTranslate={canTranslate}
        initialStatus={paragraph.status}
        initialVersion={
          translation && {
            versionId: translation.versionId,
            text: translation.text,
            author: translation.author,
            createdAt: translation.createdAt.toISOString(),
          }
        }
        rejection={
          translation?.rejection && { ...translation.rejection, createdAt: translation.rejection.createdAt.toISOString() }
        }
      />
    </section>
  );
}
