import { sanitizeBodyHtml } from './html-sanitizer';
import { paragraphsOfHtml } from './html-paragraphs';
import { paragraphsOfText } from './text-paragraphs';

/** A body as the source gave it: HTML, plain text, or both. */
export interface BodySource {
  html?: string;
  text?: string;
}

// Block markup a text/plain body should not hold: a feed that labels its HTML
// as text (ANSA's first "paragraph" would otherwise be a literal "<p>").
const BLOCK_MARKUP = /<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|table)(?:\s[^<>]*)?\/?>/i;

/** A body labelled plain text: HTML when it holds block markup, else text. */
export function labelledPlainText(text: string): BodySource {
  return BLOCK_MARKUP.test(text) ? { html: text } : { text };
}

export interface StoryBody {
  paragraphs: string[];
  /** Sanitised HTML, only when the source sent HTML. */
  html?: string;
}

/**
 * HTML wins when a source sends both: its blocks mark the paragraphs, where
 * the plain rendition (ninjs body_text, say) often runs them together.
 */
export function readStoryBody(source: BodySource): StoryBody {
  if (source.html !== undefined && source.html.trim() !== '') {
    const html = sanitizeBodyHtml(source.html);
    const paragraphs = paragraphsOfHtml(html);
    if (paragraphs.length > 0) return { paragraphs, html };
  }
  return { paragraphs: paragraphsOfText(source.text ?? '') };
}
