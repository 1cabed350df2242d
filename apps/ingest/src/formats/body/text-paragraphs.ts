import { normalizeText } from '@news/text';

const BLANK_LINE = /\r?\n[^\S\r\n]*\r?\n/;
const LINE_BREAK = /\r\n|\r|\n/;
const INDENT = /^[^\S\r\n]*/;

/**
 * Plain text → paragraphs. Wire copy that marks its paragraphs by indenting
 * their first lines is split there (see `indentedParagraphs`); otherwise
 * blank lines separate paragraphs when the text has any, and a text without
 * them (wire copy often has none) breaks at each line.
 */
export function paragraphsOfText(text: string): string[] {
  const indented = indentedParagraphs(text);
  if (indented) return indented;
  const blocks = BLANK_LINE.test(text) ? text.split(BLANK_LINE) : text.split(LINE_BREAK);
  return blocks.map(normalizeText).filter((paragraph) => paragraph !== '');
}

/**
 * Wire copy hard-wraps its lines and marks a paragraph by indenting its
 * first line ("   Alfano said..." over flush continuation lines): a line
 * indented deeper than the text's least indented line starts a paragraph,
 * as does a blank line. Undefined when no line is deeper than another, as
 * in prose or evenly indented markup, which has no such marks.
 */
export function indentedParagraphs(text: string): string[] | undefined {
  const lines = text.split(LINE_BREAK);
  const depth = (line: string): number => INDENT.exec(line.replace(/\t/g, '    '))?.[0].length ?? 0;
  const written = lines.filter((line) => line.trim() !== '');
  if (written.length < 3) return undefined;
  const least = Math.min(...written.map(depth));
  if (!written.slice(1).some((line) => depth(line) > least)) return undefined;
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const paragraph = normalizeText(current.join(' '));
    if (paragraph !== '') paragraphs.push(paragraph);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '' || depth(line) > least) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}
