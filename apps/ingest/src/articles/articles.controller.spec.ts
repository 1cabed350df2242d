import type { Response } from 'express';
import type { AcceptedArticle } from './accept-article/accept-article.use-case';
import { AdmitFeedRequestUseCase } from '../feeds/admit-feed-request/admit-feed-request.use-case';
import { ArticlesController } from './articles.controller';
import type { IngestedDocument } from './ingest-document/ingest-document';
import type { IngestDocumentUseCase } from './ingest-document/ingest-document.use-case';

const created = (id: string): AcceptedArticle => ({ articleId: id, uri: `urn:${id}`, version: 1, outcome: 'created' });
const unchanged = (id: string): AcceptedArticle => ({ ...created(id), outcome: 'unchanged' });

/** Posts through the controller to a use case that answers `ingested`; returns the status set and the body. */
async function post(ingested: Omit<IngestedDocument, 'queued' | 'changed'>) {
  const queued = ingested.articles.filter((a) => a.outcome === 'created').length;
  const useCase = {
    execute: async () => ({ ...ingested, queued, changed: queued }),
  } as unknown as IngestDocumentUseCase;
  let status = 202;
  const response = { status: (code: number) => (status = code) } as unknown as Response;
  const admit = { chargeStories: () => Promise.resolve() } as unknown as AdmitFeedRequestUseCase;
  const body = await new ArticlesController(useCase, admit).post(
    Buffer.from('x'),
    'application/rss+xml',
    'wire-en',
    undefined,
    response,
  );
  return { status, body };
}

describe('ArticlesController answers', () => {
  it('keeps 202 with the article for one stored story, and 200 when nothing was queued', async () => {
    const one = { articles: [created('a')], refused: [], items: [{ index: 0, accepted: created('a') }] };
    expect(await post(one)).toEqual({ status: 202, body: created('a') });
    const again = { articles: [unchanged('a')], refused: [], items: [{ index: 0, accepted: unchanged('a') }] };
    expect(await post(again)).toEqual({ status: 200, body: unchanged('a') });
  });

  it('keeps 202 with every article for a feed stored whole', async () => {
    const items = [created('a'), created('b')].map((accepted, index) => ({ index, accepted }));
    expect(await post({ articles: [created('a'), created('b')], refused: [], items })).toEqual({
      status: 202,
      body: { articles: [created('a'), created('b')] },
    });
  });

  it("answers 207 with every item's outcome in document order when some items were refused", async () => {
    const refused = {
      index: 1,
      guid: 'g2',
      code: 'UNUSABLE' as const,
      message: 'the item has no headline (/rss/channel/item[2]/title)',
      pointer: '/rss/channel/item[2]/title',
    };
    const answer = await post({
      articles: [created('a'), unchanged('c')],
      refused: [refused],
      items: [
        { index: 0, accepted: created('a') },
        { index: 1, refused },
        { index: 2, accepted: unchanged('c') },
      ],
    });
    expect(answer).toEqual({
      status: 207,
      body: { items: [created('a'), { ...refused, outcome: 'refused' }, unchanged('c')] },
    });
  });
});
