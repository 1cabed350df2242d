/** Domain errors of the read API; read-problems.ts maps them to HTTP. */
export class ArticleNotFound extends Error {
  readonly code = 'ARTICLE_NOT_FOUND';
  constructor(readonly articleId: string) {
    super(`no published article has id ${articleId}`);
  }
}

export class InvalidArticleId extends Error {
  readonly code = 'INVALID_ARTICLE_ID';
  constructor(readonly value: string) {
    super(`"${value.slice(0, 64)}" is not an article id (32 lowercase hex digits)`);
  }
}

/** The article was killed: its notice is all a reader gets. */
export class ArticleKilled extends Error {
  readonly code = 'ARTICLE_KILLED';
  constructor(
    readonly articleId: string,
    readonly notice: string,
  ) {
    super(notice || `article ${articleId} has been withdrawn`);
  }
}

export class InvalidQuery extends Error {
  readonly code = 'INVALID_QUERY';
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}
