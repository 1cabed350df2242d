import { Inject, Injectable } from '@nestjs/common';
import { INGEST_CONFIG, IngestConfig } from '../../ingest-config';
import { AcceptArticleUseCase } from '../accept-article/accept-article.use-case';
import { IncomingDocument, IngestedDocument, ingestDocument } from './ingest-document';

/** ingestDocument wired to the store; the feed's zone defaults to FEED_TIME_ZONE. */
@Injectable()
export class IngestDocumentUseCase {
  constructor(
    @Inject(AcceptArticleUseCase) private readonly acceptArticle: AcceptArticleUseCase,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  execute(document: Omit<IncomingDocument, 'timeZone'> & { timeZone?: string }): Promise<IngestedDocument> {
    return ingestDocument({ ...document, timeZone: document.timeZone ?? this.config.feedTimeZone }, (input) =>
      this.acceptArticle.execute(input),
    );
  }
}
