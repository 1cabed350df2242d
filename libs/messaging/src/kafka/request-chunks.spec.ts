import { chunkBySize } from './request-chunks';

describe('chunkBySize', () => {
  it('keeps order and stays under the limit', () => {
    expect(chunkBySize([3, 3, 3, 5, 1], (n) => n, 6)).toEqual([[3, 3], [3], [5, 1]]);
  });

  it('sends an item larger than the limit on its own rather than dropping it', () => {
    expect(chunkBySize([2, 9, 2], (n) => n, 6)).toEqual([[2], [9], [2]]);
  });

  it('makes nothing of nothing', () => {
    expect(chunkBySize([], (n: number) => n)).toEqual([]);
  });
});
