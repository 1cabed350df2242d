import { normalizeText } from '@news/text';
import { Parser } from 'htmlparser2';
import { indentedParagraphs } from './text-paragraphs';

// Block elements of the sanitised body; a line break also ends a paragraph,
// as a line does in the page captures.
const BREAKS = new Set(['p', 'br', 'li', 'ul', 'ol', 'blockquote', 'h2', 'h3', 'h4']);

/**
 * Plain-text paragraphs of sanitised HTML: one per block (or per indented
 * paragraph of wire copy inside a block), entities decoded, whitespace
 * normalised, empty blocks dropped. Uses htmlparser2, the parser
 * sanitize-html itself runs, so both read the markup the same way.
 */
export function paragraphsOfHtml(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    // Wire copy pasted into one <p> keeps its own paragraph marks: indented first lines.
    for (const text of indentedParagraphs(current) ?? [normalizeText(current)]) if (text !== '') paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (BREAKS.has(name)) flush();
      },
      onclosetag: (name) => {
        if (BREAKS.has(name)) flush();
      },
      ontext: (text) => {
        current += text;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  return paragraphs;
}
