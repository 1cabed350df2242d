import { refusalOf } from '../intake-refusal.test-helper';
import { parseDocument } from '../parse-document';
import { RSS_1_0 } from './fixtures/rss-fixtures';

const OPTIONS = { timeZone: 'Asia/Damascus', receivedAt: new Date('2018-02-13T13:00:00Z') };

describe('parseRss on an RSS 1.0 (RDF) document', () => {
  const { stories, refused } = parseDocument(Buffer.from(RSS_1_0), 'application/rdf+xml', OPTIONS);

  it('reads the items beside the channel, in order, with rdf:about as their id', () => {
    expect(refused).toEqual([]);
    expect(stories.map((story) => [story.guid, story.headline])).toEqual([
      ['https://wire.example.org/1', 'Shelling hits a market in Douma'],
      ['https://wire.example.org/2', 'Factions take a village'],
    ]);
    expect(stories[0].paragraphs).toEqual(['Shelling hit a market in Douma on Tuesday, activists said.']);
  });

  it("reads dc:date, dc:creator, dc:subject and the channel's dc:language", () => {
    expect(stories[0]).toMatchObject({
      publishedAt: '2018-02-13T07:00:00.000Z',
      byline: 'Jane Doe',
      tags: ['Syria'],
      language: 'en',
      declaredLanguage: 'en',
      intakeNotes: { dateSource: 'item' },
    });
  });

  it("dates an undated item by the channel's dc:date", () => {
    expect(stories[1]).toMatchObject({ publishedAt: '2018-02-13T12:00:00.000Z', intakeNotes: { dateSource: 'feed' } });
  });

  it('is sniffed from its root when the feed sends XML under another name or none', () => {
    expect(parseDocument(Buffer.from(RSS_1_0), 'application/rss+xml', OPTIONS).stories).toHaveLength(2);
    expect(parseDocument(Buffer.from(RSS_1_0), undefined, OPTIONS).stories).toHaveLength(2);
  });

  it('names an item by its path under rdf:RDF', () => {
    const broken = RSS_1_0.replace('<title>Factions take a village</title>', '<title> </title>');
    expect(parseDocument(Buffer.from(broken), undefined, OPTIONS).refused).toMatchObject([
      { index: 1, guid: 'https://wire.example.org/2', pointer: '/rdf:RDF/item[2]/title' },
    ]);
  });

  it('refuses an RDF document that is not an RSS 1.0 feed as an unknown format', () => {
    const rdf = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>';
    expect(refusalOf(() => parseDocument(Buffer.from(rdf), 'application/xml', OPTIONS))).toMatchObject({
      code: 'UNKNOWN_FORMAT',
      pointer: 'root element',
    });
  });
});
