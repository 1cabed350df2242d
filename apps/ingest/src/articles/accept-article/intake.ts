import { SimHash } from '../../dedupe/simhash';
import { ParsedArticle } from '../../formats/parsed-article';
import { ArticleIdentity } from '../article.builder';

export interface AcceptArticleInput {
  feed: string;
  /** What a parser read, including the original a translation names, when its format says. */
  parsed: ParsedArticle;
  correlationId?: string;
}

/** One post, with everything the rules need worked out before the transaction. */
export interface Intake {
  input: AcceptArticleInput;
  identity: ArticleIdentity;
  hash: string;
  fingerprint: SimHash;
  publishedAt: Date;
  namedOriginalId: string | null;
}
