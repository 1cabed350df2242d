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
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'bytes'; at: number; bytes: number[] }
  | { op: 'truncate'; at: number };

const at = fc.double({ min: 0, max: 1, noNaN: true });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
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

/** Applies mutations in order; positions are shares of the current length, so every one lands inside. */
export function mutate(document: Buffer, mutations: readonly Mutation[]): Buffer {
  return mutations.reduce((bytes, m) => applyOne(bytes, m), document);
}

function applyOne(bytes: Buffer, m: Mutation): Buffer {
  const i = Math.floor(m.at * bytes.length);
  switch (m.op) {
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

/** Says what a case did, short enough for a failure message. */
export function describeMutations(mutations: readonly Mutation[]): string {
  return mutations
    .map((m) =>
      m.op === 'insert'
        ? `insert ${JSON.stringify(m.token.slice(0, 40))} at ${m.at.toFixed(3)}`
        : `${m.op} at ${m.at.toFixed(3)}`,
    )
    .join(', ');
}
