import { normalizeText } from '@news/text';

const BLANK_LINE = /\r?\n[^\S\r\n]*\r?\n/;
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Plain text → paragraphs. Blank lines separate paragraphs when the text has
 * any; a text without them (wire copy often has none) breaks at each line.
 */
export function paragraphsOfText(text: string): string[] {
  const blocks = BLANK_LINE.test(text) ? text.split(BLANK_LINE) : text.split(LINE_BREAK);
  return blocks.map(normalizeText).filter((paragraph) => paragraph !== '');
}
