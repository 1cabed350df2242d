import { Parser } from 'htmlparser2';
import { normalizeText } from './normalize';

/**
 * C0 controls other than tab, line feed and carriage return, and DEL: a NUL
 * makes Postgres refuse the row, and none of them is text a reader sees.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text safe to store and send: lone surrogates (valid in a JSON string, not
 * in Postgres' jsonb nor in UTF-8) become U+FFFD, and control characters go.
 */
export function storableText(text: string): string {
  return text.toWellFormed().replace(CONTROLS, '');
}

/** True when the text holds something a browser would read as a tag or a comment. */
const MARKUP = /<[a-zA-Z!/?]/;
const INVISIBLE = new Set(['script', 'style', 'template', 'noscript']);

/**
 * A plain-text field (headline, byline, dateline, subject, credit, link
 * title) holds text: markup a sender put there is dropped and its visible
 * text kept ("<b>Idlib</b>" reads "Idlib"); script and style content go
 * entirely. Text with no tag in it is returned as it is.
 */
export function plainText(text: string): string {
  const clean = storableText(text);
  if (!MARKUP.test(clean)) return clean;
  let visible = '';
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname: (name) => void (INVISIBLE.has(name) && hidden++),
      onclosetag: (name) => void (INVISIBLE.has(name) && hidden > 0 && hidden--),
      ontext: (chunk) => void (hidden === 0 && (visible += chunk)),
    },
    { decodeEntities: true },
  );
  parser.write(clean);
  parser.end();
  return normalizeText(visible);
}
