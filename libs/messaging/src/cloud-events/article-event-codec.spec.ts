import { KafkaMessage } from 'kafkajs';
import { ArticleEventTypes, ChangeEventTypes } from '@news/contracts';
import { anArticle } from '@news/testing';
import { PoisonMessage, decodeArticleEvent, encodeArticleEvent } from './article-event-codec';

function received(type: string): KafkaMessage {
  const encoded = encodeArticleEvent({
    type: ArticleEventTypes.ingested,
    source: 'test',
    article: anArticle(),
    id: 'e1',
  });
  const headers = { ...encoded.headers, ce_type: type } as Record<string, string>;
  return {
    key: Buffer.from(String(encoded.key)),
    value: Buffer.from(String(encoded.value)),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)])),
    offset: '0',
    timestamp: '0',
    attributes: 0,
  };
}

describe('decodeArticleEvent', () => {
  it('reads an event of the type its topic carries', () => {
    const event = decodeArticleEvent(received(ArticleEventTypes.ingested), ArticleEventTypes.ingested);
    expect(event).toMatchObject({ id: 'e1', type: ArticleEventTypes.ingested, source: 'test' });
  });

  it('calls an event of another stage on the topic poison, naming both types', () => {
    expect(() => decodeArticleEvent(received(ArticleEventTypes.published), ArticleEventTypes.ingested)).toThrow(
      new PoisonMessage(
        `event e1 is a ${ArticleEventTypes.published} on a topic that carries ${ArticleEventTypes.ingested}`,
      ),
    );
  });

  it('reads a change from the change topic, which names no single type', () => {
    expect(decodeArticleEvent(received(ChangeEventTypes.killed))).toMatchObject({ type: ChangeEventTypes.killed });
  });

  it('calls a change on a stage topic poison', () => {
    expect(() => decodeArticleEvent(received(ChangeEventTypes.published), ArticleEventTypes.enriched)).toThrow(
      PoisonMessage,
    );
  });

  it('calls a type the contract does not know poison, whatever the topic', () => {
    expect(() => decodeArticleEvent(received('org.example.something.v9'))).toThrow(
      /unknown ce_type "org.example.something.v9"/,
    );
  });
});

describe('encodeArticleEvent with the batch it belongs to', () => {
  it('writes one article sent to two topics once, and still refuses an invalid one', () => {
    const encoded = new Map();
    const article = anArticle();
    const current = encodeArticleEvent({ type: ArticleEventTypes.published, source: 'test', article }, encoded);
    const change = encodeArticleEvent({ type: ChangeEventTypes.published, source: 'test', article }, encoded);
    expect(change.value).toBe(current.value);
    expect(JSON.parse(String(change.value))).toEqual(article);
    expect(encoded.size).toBe(1);

    const broken = { ...anArticle(), uri: 'not a uri' };
    expect(() =>
      encodeArticleEvent({ type: ArticleEventTypes.published, source: 'test', article: broken }, encoded),
    ).toThrow(/violates the contract/);
  });
});
