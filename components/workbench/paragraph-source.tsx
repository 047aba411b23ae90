// The English side of a paragraph: its number, its kind and the (for editors, editable) text.
// The workbench and the compare view show it the same way.
import type { ParagraphState } from '@/lib/server/documents/load-paragraph-states';
import { getT } from '@/lib/server/ui-language';
import type { SourceGlossaryTerm } from './glossary-marked-text';
import { SourceEditor } from './source-editor';

export async function ParagraphSource({
  paragraph,
  canEdit,
  glossary,
  className,
}: {
  paragraph: ParagraphState;
  canEdit: boolean;
  glossary: SourceGlossaryTerm[];
  className: string;
}) {
  const t = await getT();
  return (
    <div className={className}>
      <p className="paragraph-meta">
        <span className="paragraph-number">{paragraph.position}</span> {t(`kinds.${paragraph.kind}`)}
      </p>
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
