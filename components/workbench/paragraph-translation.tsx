// One paragraph's translation editor, built from the server's paragraph state: the workbench
// and the compare view render it the same way.
import type { LanguageInfo } from '@/lib/server/documents/find-document-language';
import type { ParagraphState } from '@/lib/server/documents/load-paragraph-states';
import type { QaIssue } from '@/lib/qa';
import { TranslationEditor } from './translation-editor';

export function ParagraphTranslation({
  paragraph,
  language,
  canTranslate,
  canReview,
  checks,
}: {
  paragraph: ParagraphState;
  language: LanguageInfo;
  canTranslate: boolean;
  canReview: boolean;
  checks: QaIssue[];
}) {
  const { translation } = paragraph;
  return (
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
  );
}
