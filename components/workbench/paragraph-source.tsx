// The English side of a paragraph: its number, its kind and the (for editors, editable) text.
// The workbench and the compare view show it the same way; on the workbench, the row's header
// also holds the live line of its translation (who else is editing it, what changed just now).
import type { ParagraphState } from '@/lib/server/documents/load-paragraph-states';
import { getT } from '@/lib/server/ui-language';
import type { SourceGlossaryTerm } from './glossary-marked-text';
import { TranslationLiveLine } from './live-notes';
import { SourceEditor } from './source-editor';

export async function ParagraphSource({
  paragraph,
  canEdit,
  glossary,
  className,
  liveLang,
}: {
  paragraph: ParagraphState;
  canEdit: boolean;
  glossary: SourceGlossaryTerm[];
  className: string;
  /** The workbench's language: its live line goes in the row's header. */
  liveLang?: string;
}) {
  const t = await getT();
  return (
    <div className={className}>
      <div className="row-header">
        <p className="paragraph-meta">
          <span className="paragraph-number">{paragraph.position}</span> {t(`kinds.${paragraph.kind}`)}
        </p>
        {liveLang && <TranslationLiveLine paragraphId={paragraph.id} lang={liveLang} />}
      </div>
      <SourceEditor
        paragraphId={paragraph.id}
        position={paragraph.position}
        versionId={paragraph.source.versionId}
        text={paragraph.source.text}
        canEdit={canEdit}
        glossary={glossary}
      />
    </div>
  );
}
