import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Article } from '@news/contracts';
import { Queryable, failoverSafeReads } from '@news/persistence';
import { foldArabic } from '@news/text';
import { PublishedStore } from '../published/published-store';
import { InvalidQuery } from '../published/read-errors';
import { decodeCursor, encodeCursor } from './article-cursor';

export interface ListArticlesQuery {
  language?: string;
  category?: string;
  place?: string;
  organisation?: string;
  since?: string;
  q?: string;
  cursor?: string;
  limit?: string;
}

export interface ArticlePage {
  items: Article[];
  nextCursor: string | null;
}

const MAX_LIMIT = 100;

/** A page of published articles, newest first, filtered; paged by cursor, never by offset. */
@Injectable()
export class ListArticlesUseCase {
  /** Reads only, so each runs again on a fresh connection after a failover closed the pooled one. */
  private readonly reads: Queryable;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(PublishedStore) private readonly store: PublishedStore,
  ) {
    this.reads = failoverSafeReads(dataSource);
  }

  async execute(query: ListArticlesQuery): Promise<ArticlePage> {
    const limit = query.limit === undefined ? 20 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      throw new InvalidQuery(`limit must be an integer from 1 to ${MAX_LIMIT}`, 'limit');
    const since = query.since === undefined ? undefined : new Date(query.since);
    if (since && Number.isNaN(since.getTime())) throw new InvalidQuery('since must be an ISO 8601 date-time', 'since');
    const beforeSeq = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (beforeSeq === null) throw new InvalidQuery('cursor is not one this API gave out', 'cursor');
    const filter = {
      language: text(query.language),
      category: text(query.category),
      place: text(query.place),
      organisation: text(query.organisation),
      since,
      // Folded like the indexed text, so "إدلب" finds "ادلب".
      q: text(query.q) && foldArabic(query.q!).toLowerCase(),
      beforeSeq,
      limit,
    };
    const rows = await this.store.list(this.reads, filter);
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => r.document),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].seq) : null,
    };
  }
}

function text(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim().slice(0, 500);
}
