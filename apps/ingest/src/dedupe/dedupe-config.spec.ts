import { loadIngestConfig } from '../ingest-config';

describe('DUPLICATE_MAX_DISTANCE', () => {
  it('is 3 bits unless set', () => {
    expect(loadIngestConfig({}).duplicateMaxDistance).toBe(3);
    expect(loadIngestConfig({ DUPLICATE_MAX_DISTANCE: '0' }).duplicateMaxDistance).toBe(0);
  });

  it('stops start-up above what the four-band index can find, in one line naming the variable', () => {
    expect(() => loadIngestConfig({ DUPLICATE_MAX_DISTANCE: '4' })).toThrow(
      /^configuration: DUPLICATE_MAX_DISTANCE must be at most 3/,
    );
    expect(() => loadIngestConfig({ DUPLICATE_MAX_DISTANCE: '-1' })).toThrow(
      /^configuration: DUPLICATE_MAX_DISTANCE must be an integer >= 0/,
    );
  });
});
