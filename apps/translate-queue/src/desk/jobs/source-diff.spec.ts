import { diffParagraphs } from './source-diff';

describe('the paragraph diff a translator sees when the original changes', () => {
  it('pairs a rewritten paragraph as changed and keeps the rest', () => {
    expect(diffParagraphs(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([
      { kind: 'unchanged', oldIndex: 0, newIndex: 0, old: 'a', new: 'a' },
      { kind: 'changed', oldIndex: 1, newIndex: 1, old: 'b', new: 'B' },
      { kind: 'unchanged', oldIndex: 2, newIndex: 2, old: 'c', new: 'c' },
    ]);
  });

  it('shows paragraphs added and removed', () => {
    expect(diffParagraphs(['a', 'b'], ['a', 'b', 'new']).map((c) => c.kind)).toEqual([
      'unchanged',
      'unchanged',
      'added',
    ]);
    expect(diffParagraphs(['a', 'gone', 'b'], ['a', 'b']).map((c) => c.kind)).toEqual([
      'unchanged',
      'removed',
      'unchanged',
    ]);
  });
});
