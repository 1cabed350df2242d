import { IngestedDocument } from './ingest-document';

/**
 * One log line's account of a partly accepted document: how many items
 * were stored, and each refused one by position, id, code, field and reason
 * ("2 of 3 items stored, 1 refused: #1 (g2) UNUSABLE at /rss/channel/item[2]/title: ...").
 */
export function describeRefusedItems({ articles, refused }: Pick<IngestedDocument, 'articles' | 'refused'>): string {
  const total = articles.length + refused.length;
  const each = refused.map(
    (item) =>
      `#${item.index}${item.guid ? ` (${item.guid})` : ''} ${item.code}${item.pointer ? ` at ${item.pointer}` : ''}: ${item.message}`,
  );
  return `${articles.length} of ${total} items stored, ${refused.length} refused: ${each.join('; ')}`;
}
