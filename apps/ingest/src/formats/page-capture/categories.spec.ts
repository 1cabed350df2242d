import { PAGE_CATEGORIES, readCategoryAndTags } from './categories';

describe('readCategoryAndTags', () => {
  it.each(PAGE_CATEGORIES.map(({ label, code }) => [label, code]))('reads "%s" as %s', (label, code) => {
    expect(readCategoryAndTags(label).category).toEqual({ code, label });
  });

  it('matches spellings without hamza and keeps the label as printed', () => {
    expect(readCategoryAndTags('خبر امني درعا')).toEqual({
      category: { code: 'security', label: 'خبر امني' },
      tags: ['درعا'],
    });
  });

  it('takes the rest after the category as the tag', () => {
    expect(readCategoryAndTags('خبر عسكري تنظيم الدولة الإسلامية').tags).toEqual(['تنظيم الدولة الإسلامية']);
  });

  it('reports neither category nor tag when the category is unknown', () => {
    expect(readCategoryAndTags('خبر رياضي كرة القدم')).toEqual({ tags: [] });
  });
});
