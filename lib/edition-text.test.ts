import { describe, expect, it } from 'vitest';
import { editionMarkdown, editionPlainText, escapeMarkdown, type EditionText } from './edition-text';

const edition: EditionText[] = [
  { position: 2, kind: 'headline', text: 'Plötzlich sieht Trump ein „ziemlich großes Zugeständnis“' },
  { position: 1, kind: 'dateline', text: 'Donnerstag, 24. April 2025' },
  { position: 3, kind: 'byline', text: 'Von Stefan Schmidt' },
  { position: 4, kind: 'standfirst', text: 'Russland greift Kiew an.' },
  { position: 5, kind: 'body', text: 'Erster Absatz.\nMit einer zweiten Zeile.' },
  { position: 6, kind: 'body', text: '   ' },
  { position: 7, kind: 'subheading', text: 'Was Trump will' },
  { position: 8, kind: 'body', text: '1. FC Köln * 2 = _nichts_ <b>fett</b> [Link](x) & &amp; `code` ~~weg~~ a|b' },
];

describe('editionPlainText', () => {
  it('writes the paragraphs in reading order, a blank line apart, leaving out empty ones', () => {
    expect(editionPlainText(edition)).toBe(
      [
        'Donnerstag, 24. April 2025',
        'Plötzlich sieht Trump ein „ziemlich großes Zugeständnis“',
        'Von Stefan Schmidt',
        'Russland greift Kiew an.',
        'Erster Absatz.\nMit einer zweiten Zeile.',
        'Was Trump will',
        '1. FC Köln * 2 = _nichts_ <b>fett</b> [Link](x) & &amp; `code` ~~weg~~ a|b',
      ].join('\n\n') + '\n',
    );
    expect(editionPlainText([])).toBe('');
  });
});

describe('editionMarkdown', () => {
  it('writes the headline and subheadings as headings, the standfirst bold, datelines and bylines in italics', () => {
    expect(editionMarkdown(edition)).toBe(
      [
        '*Donnerstag, 24. April 2025*',
        '# Plötzlich sieht Trump ein „ziemlich großes Zugeständnis“',
        '*Von Stefan Schmidt*',
        '**Russland greift Kiew an.**',
        'Erster Absatz.\\\nMit einer zweiten Zeile.',
        '## Was Trump will',
        '1\\. FC Köln \\* 2 = \\_nichts\\_ \\<b\\>fett\\</b\\> \\[Link\\](x) & \\&amp; \\`code\\` \\~\\~weg\\~\\~ a\\|b',
      ].join('\n\n') + '\n',
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes what would start a block at the beginning of a line', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('+ not a list')).toBe('\\+ not a list');
    expect(escapeMarkdown('24. April')).toBe('24\\. April');
    expect(escapeMarkdown('3) drei')).toBe('3\\) drei');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('2025 war ein Jahr. 24. April')).toBe('2025 war ein Jahr. 24. April');
    expect(escapeMarkdown('AT&T und Müller & Söhne')).toBe('AT&T und Müller & Söhne');
  });
});
