import { splitFurniture } from './page-furniture';

describe('splitFurniture', () => {
  it('keeps every line as a paragraph when the page has no furniture', () => {
    expect(splitFurniture(['One.', 'Two.'])).toEqual({ paragraphs: ['One.', 'Two.'], links: { related: [] } });
  });

  it('stops the body at the related-news heading, with or without hamza', () => {
    expect(splitFurniture(['One.', 'الاخبار المتعلقة', 'خبر أول']).links.related).toEqual([{ headline: 'خبر أول' }]);
    expect(splitFurniture(['One.', 'الأخبار المتعلقة', 'خبر أول']).paragraphs).toEqual(['One.']);
  });

  it('ends the related list at the previous-story marker', () => {
    const { links } = splitFurniture([
      'One.',
      'الأخبار المتعلقة',
      'خبر أول',
      'الخبر السابق',
      'خبر سابق',
      'الخبر التالي',
      'خبر تال',
    ]);
    expect(links).toEqual({
      related: [{ headline: 'خبر أول' }],
      previous: { headline: 'خبر سابق' },
      next: { headline: 'خبر تال' },
    });
  });

  it('drops lines of furniture that are not links', () => {
    const { links } = splitFurniture(['One.', 'الخبر التالي', 'خبر تال', 'شارك على فيسبوك']);
    expect(links).toEqual({ related: [], next: { headline: 'خبر تال' } });
  });
});
