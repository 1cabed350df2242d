import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { TOPIC_SPECS, Topics } from '../topics';
import { asyncApiDocument } from './asyncapi-document';

const DOCS_COPY = join(__dirname, '../../../../docs/asyncapi.json');

describe('the AsyncAPI document generated from the contract', () => {
  const document = asyncApiDocument();

  it('is valid AsyncAPI 3 to the official parser, with no errors', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    const errors = diagnostics.filter((d) => Number(d.severity) === Number(DiagnosticSeverity.Error));
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
    expect(
      parsed
        ?.channels()
        .all()
        .map((c) => c.address()),
    ).toEqual(TOPIC_SPECS.map((s) => s.name));
  });

  it('says which topic is compacted and how long the change topic keeps events', () => {
    const published = document.channels['news_published_v1'].bindings.kafka.topicConfiguration;
    const changes = document.channels['news_published_changes_v1'].bindings.kafka.topicConfiguration;
    expect(published).toEqual({ 'cleanup.policy': ['compact'] });
    expect(changes).toEqual({ 'cleanup.policy': ['delete'], 'retention.ms': 30 * 24 * 3600 * 1000 });
    expect(Object.keys(document.channels['news_published_changes_v1'].messages)).toEqual([
      'ChangePublished',
      'ChangeCorrected',
      'ChangeKilled',
      'ChangeReleased',
    ]);
    expect(document.channels['news_published_v1'].address).toBe(Topics.published);
  });

  it('is the document kept in docs/asyncapi.json (UPDATE_ASYNCAPI=1 rewrites it)', () => {
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (process.env.UPDATE_ASYNCAPI === '1') writeFileSync(DOCS_COPY, text);
    expect(readFileSync(DOCS_COPY, 'utf8')).toBe(text);
  });
});
