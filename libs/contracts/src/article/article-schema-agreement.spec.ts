import type { FromSchema } from 'json-schema-to-ts';
import { articleProfileSchema } from '../schemas/article-profile.schema';
import { Article } from './article';

/**
 * The ninjs part of `Article` is written out (ninjs 3.1 is a fixed external
 * standard); its `newsroom` part is derived from its schema. These checks
 * are compile-time: `npm test` runs tsc over this file, so an Article field
 * the profile schema requires, or types differently, fails the build.
 */
type ProfileArticle = FromSchema<typeof articleProfileSchema>;
type RequiredByProfile = (typeof articleProfileSchema.required)[number];

const everyArticleFitsTheProfile = (article: Article): ProfileArticle => article;
const everyRequiredFieldIsRequiredInTheType = (
  article: Article,
): Pick<Article, RequiredByProfile> & {
  [K in RequiredByProfile]-?: NonNullable<Article[K]>;
} => article;

describe('the Article type and its profile schema', () => {
  it('agree: the compile-time checks above are part of the build', () => {
    expect(typeof everyArticleFitsTheProfile).toBe('function');
    expect(typeof everyRequiredFieldIsRequiredInTheType).toBe('function');
  });
});
