// Character tests on UTF-16 code units, for loops that would otherwise build a one-letter string a character.

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const WHITE_SPACE = /\s/;

/** What `\s` matches, the common cases first. */
export function isWhiteSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code > 0x7f && WHITE_SPACE.test(String.fromCharCode(code));
}
