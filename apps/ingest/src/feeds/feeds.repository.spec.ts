import { DataSource } from 'typeorm';
import { Feed } from './feed.entity';
import { FEED_LOOKUP_TTL_MS, FeedsRepository } from './feeds.repository';

/** A feeds table of one row that counts how often it is read. */
function repositoryOver(rows: Partial<Feed>[]) {
  const reads = { count: 0 };
  const table = {
    findOneBy: async ({ name }: { name: string }) => {
      reads.count++;
      return (rows.find((row) => row.name === name) as Feed | undefined) ?? null;
    },
    update: async () => ({ affected: 1 }),
  };
  const dataSource = { getRepository: () => table } as unknown as DataSource;
  return { feeds: new FeedsRepository(dataSource), reads };
}

describe('FeedsRepository.findForRequest', () => {
  it('reads a feed once for the requests within FEED_LOOKUP_TTL_MS, and again after', async () => {
    const { feeds, reads } = repositoryOver([{ name: 'smart' }]);

    await feeds.findForRequest('smart', 0);
    await feeds.findForRequest('smart', FEED_LOOKUP_TTL_MS - 1);
    expect(reads.count).toBe(1);

    await feeds.findForRequest('smart', FEED_LOOKUP_TTL_MS);
    expect(reads.count).toBe(2);
  });

  it('reads a feed again at once after this process changed it (a disable, a key rotation)', async () => {
    const { feeds, reads } = repositoryOver([{ name: 'smart' }]);
    await feeds.findForRequest('smart', 0);

    await feeds.update('smart', { disabled: true });
    await feeds.findForRequest('smart', 1);

    expect(reads.count).toBe(2);
  });

  it('keeps nothing for a name no feed has, so made-up names cannot fill memory', async () => {
    const { feeds, reads } = repositoryOver([]);

    await feeds.findForRequest('nobody', 0);
    await feeds.findForRequest('nobody', 1);

    expect(reads.count).toBe(2);
  });
});
