import { articleIdFor } from '@news/contracts';
import { namedOriginalId } from './named-original';

describe('namedOriginalId', () => {
  it("reads a guid as the original's guid in the same feed", () => {
    expect(namedOriginalId('smart', { originalGuid: 'smart-2018-0213-ar' })).toBe(
      articleIdFor('smart', 'smart-2018-0213-ar'),
    );
  });

  it('reads a URL as the guid a page or RSS feed gives its stories, when there is no guid', () => {
    expect(namedOriginalId('smart', { originalUrl: ' https://example.org/ar/1 ' })).toBe(
      articleIdFor('smart', 'https://example.org/ar/1'),
    );
    expect(namedOriginalId('smart', { originalGuid: 'g', originalUrl: 'https://example.org/ar/1' })).toBe(
      articleIdFor('smart', 'g'),
    );
  });

  it('takes our own article uri as the id it carries', () => {
    expect(namedOriginalId('smart', { originalUrl: `urn:newsroom:article:${'ab'.repeat(16)}` })).toBe('ab'.repeat(16));
  });

  it('is null when the feed names nothing', () => {
    expect(namedOriginalId('smart', {})).toBeNull();
    expect(namedOriginalId('smart', { originalGuid: '  ' })).toBeNull();
  });
});
