import fc from 'fast-check';

/**
 * What hostile or broken senders put in documents: the classes that once
 * made ingest answer 500 (NUL, lone surrogates, year-0000 dates, language
 * names), markup where text belongs, and the usual parser breakers.
 */
export const HOSTILE_TOKENS: readonly string[] = [
  '\u0000',
  '&#0;',
  '&#x0;',
  '\\u0000',
  '\\ud800',
  '\\udc00',
  '\ud800',
  '\u0007\u001b',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '0000-01-01T00:00:00+05:00',
  '9999-12-31T23:59:59-05:00',
  '01 Jan 0000 00:00:00 GMT',
  '"english"',
  '"language": "english"',
  ']]>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>&b;',
  '&undefined;',
  '{',
  '}',
  '[',
  '"',
  '<',
  '>',
  '&',
  '\uFEFF',
  '\u202E',
  'ـــ',
  '١٣ فبراير، ٠٠٠٠',
  'A'.repeat(5000),
];

export type Mutation =
  | { op: 'insert'; at: number; token: string }
  /** Into the document's text, keeping it well-formed: an XML text node (escaped), a JSON string value. */
  | { op: 'text'; at: number; token: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'bytes'; at: number; bytes: number[] }
  | { op: 'truncate'; at: number };

const at = fc.double({ min: 0, max: 1, noNaN: true });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ op: fc.constant('text' as const), at, token: fc.constantFrom(...HOSTILE_TOKENS) }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ op: fc.constant('insert' as const), at, token: fc.constantFrom(...HOSTILE_TOKENS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 200 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 400 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('bytes' as const),
      at,
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
);

/** Mutations that keep the document well-formed, so the layers past parsing (hygiene, the store, the contract) are reached. */
export const textMutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constant('text' as const),
  at,
  token: fc.constantFrom(...HOSTILE_TOKENS),
});

/** Half the cases break the document's structure, half only its text. */
export const mutationsArbitrary: fc.Arbitrary<Mutation[]> = fc.oneof(
  fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
  fc.array(textMutationArbitrary, { minLength: 1, maxLength: 3 }),
);

/** Applies mutations in order; positions are shares of the current length, so every one lands inside. */
export function mutate(document: Buffer, mutations: readonly Mutation[]): Buffer {
  return mutations.reduce((bytes, m) => applyOne(bytes, m), document);
}

function applyOne(bytes: Buffer, m: Mutation): Buffer {
  const i = Math.floor(m.at * bytes.length);
  switch (m.op) {
    case 'text':
      return Buffer.from(intoText(bytes.toString('utf8'), m.at, m.token), 'utf8');
    case 'insert':
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(m.token, 'utf8'), bytes.subarray(i)]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + m.length)]);
    case 'duplicate':
      return Buffer.concat([bytes.subarray(0, i + m.length), bytes.subarray(i)]);
    case 'bytes':
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(m.bytes), bytes.subarray(i + m.bytes.length)]);
    case 'truncate':
      return bytes.subarray(0, i);
  }
}

/** The token put into the document's text where a parser keeps it, so the layers past parsing see it. */
function intoText(document: string, at: number, token: string): string {
  const json = tryJson(document);
  if (json !== undefined) return JSON.stringify(intoJsonString(json, at, token));
  const nodes = [...document.matchAll(/>([^<]*[^<\s][^<]*)</g)]; // text with something in it, not the blanks between elements
  if (nodes.length === 0) {
    const i = Math.floor(at * document.length);
    return document.slice(0, i) + token + document.slice(i);
  }
  const node = nodes[indexAt(at, nodes.length)];
  const where = node.index + 1 + Math.floor(at * node[1].length);
  return document.slice(0, where) + escapeXml(token) + document.slice(where);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every string in a JSON value, in document order, with a setter. */
function intoJsonString(value: unknown, at: number, token: string): unknown {
  const slots: Array<{ get: () => string; set: (s: string) => void }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node))
      node.forEach((item, i) => {
        if (typeof item === 'string') slots.push({ get: () => node[i] as string, set: (s) => (node[i] = s) });
        else visit(item);
      });
    else if (node !== null && typeof node === 'object')
      for (const [key, item] of Object.entries(node)) {
        const record = node as Record<string, unknown>;
        if (typeof item === 'string') slots.push({ get: () => record[key] as string, set: (s) => (record[key] = s) });
        else visit(item);
      }
  };
  visit(value);
  if (slots.length === 0) return value;
  const slot = slots[indexAt(at, slots.length)];
  const text = slot.get();
  // A date or language field gets the token instead of its value: that is where those tokens bite.
  slot.set(/^\d{4}-\d\d-\d\d|^[a-z]{2}(-[A-Z]{2})?$/.test(text) ? token : text + token);
  return value;
}

/** An index into n things for a share in [0, 1]. */
function indexAt(at: number, n: number): number {
  return Math.min(n - 1, Math.floor(at * n));
}

/** Hostile text as a sender would put it in XML: escaped, so the document stays well-formed and the text carries it. */
function escapeXml(text: string): string {
  return text
    .replace(/&(?!#)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Says what a case did, short enough for a failure message. */
export function describeMutations(mutations: readonly Mutation[]): string {
  return mutations
    .map((m) =>
      m.op === 'insert' || m.op === 'text'
        ? `${m.op} ${JSON.stringify(m.token.slice(0, 40))} at ${m.at.toFixed(3)}`
        : `${m.op} at ${m.at.toFixed(3)}`,
    )
    .join(', ');
}
