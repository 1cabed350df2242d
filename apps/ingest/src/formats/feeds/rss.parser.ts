import { readItems, ItemsRead } from '../document-items';
import { ParseOptions } from '../parse-options';
import { finishArticle } from '../rules/article-draft';
import { XmlElement } from '../xml/xml-element';
import { readRssChannel } from './rss-channel';
import { rssItemDraft, rssItemGuid } from './rss-item';

/** An RSS 2.0 or RSS 1.0 (RDF) document → one story per item; a bad item is refused on its own. */
export function parseRss(root: XmlElement, options: ParseOptions): ItemsRead {
  const channel = readRssChannel(root);
  return readItems(
    channel.items.map((item, index) => ({
      index,
      guid: rssItemGuid(item),
      read: () => finishArticle(rssItemDraft(item, `${channel.itemPath}[${index + 1}]/`, channel), options),
    })),
  );
}
