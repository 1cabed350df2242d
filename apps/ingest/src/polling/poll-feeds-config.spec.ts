import { ConfigError } from '@news/config';
import { loadPollFeeds } from './poll-feeds-config';

function refusal(value: string): string {
  try {
    loadPollFeeds({ POLL_FEEDS: value });
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('POLL_FEEDS', () => {
  it('turns polling off when unset, blank or an empty list', () => {
    expect(loadPollFeeds({})).toEqual([]);
    expect(loadPollFeeds({ POLL_FEEDS: '  ' })).toEqual([]);
    expect(loadPollFeeds({ POLL_FEEDS: '[]' })).toEqual([]);
  });

  it('reads each feed with a timeout of 10 s and the service zone unless the entry says otherwise', () => {
    const feeds = loadPollFeeds({
      POLL_FEEDS: JSON.stringify([
        { feed: 'reuters-world', url: 'http://127.0.0.1:8080/rss', intervalSeconds: 300 },
        {
          feed: 'smart-ar',
          url: 'https://smartnews-agency.com/ar/feed',
          intervalSeconds: 5,
          timeoutSeconds: 3,
          timeZone: 'Asia/Damascus',
        },
      ]),
    });
    expect(feeds).toEqual([
      { feed: 'reuters-world', url: 'http://127.0.0.1:8080/rss', intervalSeconds: 300, timeoutSeconds: 10 },
      {
        feed: 'smart-ar',
        url: 'https://smartnews-agency.com/ar/feed',
        intervalSeconds: 5,
        timeoutSeconds: 3,
        timeZone: 'Asia/Damascus',
      },
    ]);
  });

  it('never lets a fetch outlast its interval', () => {
    expect(
      loadPollFeeds({ POLL_FEEDS: '[{"feed":"fast","url":"http://x/rss","intervalSeconds":2}]' })[0].timeoutSeconds,
    ).toBe(2);
  });

  it.each([
    ['{"feed":"a"}', /^configuration: POLL_FEEDS must be a JSON array of feeds, got an object$/],
    ['[{"feed":"a",', /^configuration: POLL_FEEDS is not valid JSON: /],
    ['["http://x/rss"]', /entry #1: must be an object like .*got string "http:\/\/x\/rss"/],
    ['[{"url":"http://x/rss","intervalSeconds":60}]', /entry #1: "feed" must be a non-empty string/],
    [
      '[{"feed":"a","url":"http://x/rss","intervalSeconds":60},{"feed":"b","url":"x/rss","intervalSeconds":60}]',
      /entry #2 \("b"\): "url" is not an absolute URL: "x\/rss"/,
    ],
    ['[{"feed":"b","url":"ftp://x/rss","intervalSeconds":60}]', /entry #1 \("b"\): "url" must be http or https/],
    [
      '[{"feed":"b","url":"http://x/rss","intervalSeconds":"300"}]',
      /entry #1 \("b"\): "intervalSeconds" must be a whole number of seconds from 1 to 604800, got "300"/,
    ],
    ['[{"feed":"b","url":"http://x/rss"}]', /"intervalSeconds" must be a whole number .* got nothing/],
    [
      '[{"feed":"b","url":"http://x/rss","intervalSeconds":60,"timeoutSeconds":90}]',
      /"timeoutSeconds" must be a whole number of seconds from 1 to 60, got 90/,
    ],
    [
      '[{"feed":"b","url":"http://x/rss","intervalSeconds":60,"timeZone":"Mars/Olympus"}]',
      /"timeZone" must be an IANA zone .* got "Mars\/Olympus"/,
    ],
    [
      '[{"feed":"b","url":"http://x/rss","interval":60}]',
      /entry #1 \("b"\): unknown field "interval"; known: feed, url, intervalSeconds/,
    ],
    ['[{"feed":"b c","url":"http://x/rss","intervalSeconds":60}]', /"feed" may not contain whitespace/],
    [
      '[{"feed":"b","url":"http://x/1","intervalSeconds":60},{"feed":"b","url":"http://x/2","intervalSeconds":60}]',
      /entry #2 \("b"\): the feed "b" is listed twice/,
    ],
  ])('stops start-up with one line naming the bad entry: %s', (value, expected) => {
    const message = refusal(value);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });
});
