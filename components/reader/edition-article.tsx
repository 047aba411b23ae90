// An edition as a clean article: paragraphs as they would print, in the language's direction.
import type { Edition } from '@/lib/server/editions/get-edition';

export function EditionArticle({ edition }: { edition: Edition }) {
  const { language } = edition;
  return (
    <article className="edition-article" lang={language.code} dir={language.direction}>
      {edition.paragraphs
        // An approved empty text is a paragraph the translation leaves out.
        .filter((paragraph) => paragraph.text.trim() !== '')
        .map((paragraph) => {
          switch (paragraph.kind) {
            case 'headline':
              return (
                <h2 key={paragraph.position} className="article-headline">
                  {paragraph.text}
                </h2>
              );
            case 'subheading':
              return (
                <h2 key={paragraph.position} className="article-subheading">
                  {paragraph.text}
                </h2>
              );
            case 'standfirst':
              return (
                <p key={paragraph.position} className="article-standfirst">
                  {paragraph.text}
                </p>
              );
            case 'dateline':
            case 'byline':
            case 'outlet':
              return (
                <p key={paragraph.position} className={`article-${paragraph.kind} small muted`}>
                  {paragraph.text}
                </p>
              );
            default:
              return <p key={paragraph.position}>{paragraph.text}</p>;
          }
        })}
    </article>
  );
}
