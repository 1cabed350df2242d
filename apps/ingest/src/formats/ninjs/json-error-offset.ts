// Sticky patterns for JSON's leaf tokens: each matches at one offset only,
// so the scan is linear in the text.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const BLANK = /[ \t\n\r]*/y;

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`not JSON from offset ${offset}`);
  }
}

/**
 * Offset of the first character where `text` stops being JSON, or undefined
 * when it is JSON. V8's JSON.parse names the position for some errors and
 * not for others ("Unexpected token '['"), so on the error path we find it
 * ourselves and can tell the feed which line to look at.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const scanner = new JsonScanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    if (error instanceof RangeError) return undefined; // nested too deep to scan: no line to offer
    throw error;
  }
}

class JsonScanner {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.blank();
    if (this.at < this.text.length) throw new SyntaxAt(this.at);
  }

  private value(): void {
    this.blank();
    const char = this.text[this.at];
    if (char === '{') return this.members('}', () => this.member());
    if (char === '[') return this.members(']', () => this.value());
    if (!this.token(STRING) && !this.token(NUMBER) && !this.token(LITERAL)) throw new SyntaxAt(this.at);
  }

  /** The items of an object or array, comma-separated, up to the closing bracket. */
  private members(close: string, item: () => void): void {
    this.at += 1;
    this.blank();
    if (this.text[this.at] === close) {
      this.at += 1;
      return;
    }
    for (;;) {
      item();
      this.blank();
      const char = this.text[this.at];
      this.at += 1;
      if (char === close) return;
      if (char !== ',') throw new SyntaxAt(this.at - 1);
    }
  }

  private member(): void {
    this.blank();
    if (!this.token(STRING)) throw new SyntaxAt(this.at);
    this.blank();
    if (this.text[this.at] !== ':') throw new SyntaxAt(this.at);
    this.at += 1;
    this.value();
  }

  private token(pattern: RegExp): boolean {
    pattern.lastIndex = this.at;
    if (!pattern.test(this.text)) return false;
    this.at = pattern.lastIndex;
    return true;
  }

  private blank(): void {
    this.token(BLANK);
  }
}
