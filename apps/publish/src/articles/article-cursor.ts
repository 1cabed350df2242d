/**
 * An opaque cursor over the listing: the sequence number of the last article
 * a page held. Articles are ordered by when they were first published, so an
 * article published while a reader pages lands before page one and never
 * shifts a later page.
 */
export function encodeCursor(seq: string): string {
  return Buffer.from(JSON.stringify({ s: seq }), 'utf8').toString('base64url');
}

/** The sequence number in a cursor, or null when the text is no cursor of ours. */
export function decodeCursor(cursor: string): string | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s?: unknown };
    return typeof value.s === 'string' && /^[0-9]{1,19}$/.test(value.s) ? value.s : null;
  } catch {
    return null;
  }
}
