// One paragraph of the workbench: the English source beside the editable translation.
import type { LanguageInfo } from '@/lib/server/documents/find-document-language';
import type { ParagraphState } from '@/lib/server/documents/load-paragraph-states';
import type { QaIssue } from '@/lib/qa';
import type { SourceGlossaryTerm } from './glossary-marked-text';
import { getT } from '@/lib/server/ui-language';
import { SourceEditor } from './source-editor';
import { TranslationEditor } from './translation-editor';

export async function ParagraphRow({
  paragraph,
  language,
  canTranslate,
  canReview,
  checks,
  glossary,
}: {
  paragraph: ParagraphState;
  language: LanguageInfo;
  canTranslate: boolean;
  /** Editors: approve and reject, and correct the English. */
  canReview: boolean;
  checks: QaIssue[];
  glossary: SourceGlossaryTerm[];
}) {
  const t = await getT();
  const { translation } = paragraph;
  return (
    <section
      className={`paragraph-row kind-${paragraph.kind}`}
      aria-label={t('paragraph.label', { n: paragraph.position })}
      id={`p${paragraph.position}`}
      tabIndex={-1}
      data-paragraph-row
    >
      <div className="source-cell">
        <p className="paragraph-meta">
          <span className="paragraph-number">{paragraph.position}</span> {t(`kinds.${paragraph.kind}`)}
        </p>
        <SourceEditor
          paragraphId={paragraph.id}
          position={paragraph.position}
          versionId={paragraph.source.versionId}
          text={paragraph.source.text}
          canEdit={canReview}
          glossary={glossary}
        />
      </div>
      <TranslationEditor
        // New server data (after a source update or a refresh) remounts the editor with it;
        // unsaved text is not lost, the local draft offers it back.
        key={`${paragraph.source.versionId}:${translation?.versionId}:${paragraph.status}`}
        paragraphId={paragraph.id}
        position={paragraph.position}
        language={language}
        canTranslate={canTranslate}
        canReview={canReview}
        openThreads={paragraph.openThreads}
        checks={checks}
        sourceText={paragraph.source.text}
        translatedSourceText={translation?.translatedSource?.text ?? null}
        approved={{ versionId: translation?.approvedVersionId ?? null, text: translation?.approvedText ?? null }}
        initialStatus={paragraph.status}
        initialVersion={
          translation && {
            versionId: translation.versionId,
            number: translation.number,
            text: translation.text,
            author: translation.author,
            createdAt: translation.createdAt.toISOString(),
          }
        }
        rejection={translation?.rejection ? { comment: translation.rejection.comment, reviewer: translation.rejection.reviewer } : null}
      />
    </section>
  );
}
