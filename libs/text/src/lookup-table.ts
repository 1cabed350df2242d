/**
 * A table looked up with words from a feed or a translator (a media type,
 * an XML root, a role code, a number word): with no prototype, so
 * "constructor", "__proto__" or "toString" find nothing rather than
 * Object.prototype's members. Frozen, since every caller shares it.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
