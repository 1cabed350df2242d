import { Inject, Injectable } from '@nestjs/common';
import { INGEST_CONFIG, IngestConfig } from '../../ingest-config';
import { AcceptArticleUseCase } from '../accept-article/accept-article.use-case';
import { AdmitStories, IncomingDocument, IngestedDocument, ingestDocument } from './ingest-document';

/** ingestDocument wired to the store; the feed's zone defaults to FEED_TIME_ZONE, the item cap is MAX_ITEMS_PER_DOCUMENT. */
@Injectable()
export class IngestDocumentUseCase {
  constructor(
    @Inject(AcceptArticleUseCase) private readonly acceptArticle: AcceptArticleUseCase,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  execute(
    document: Omit<IncomingDocument, 'timeZone' | 'maxItems'> & { timeZone?: string },
    admit?: AdmitStories,
  ): Promise<IngestedDocument> {
    return ingestDocument(
      {
        ...document,
        timeZone: document.timeZone ?? this.config.feedTimeZone,
        maxItems: this.config.maxItemsPerDocument,
      },
      (input) => this.acceptArticle.execute(input),
      admit,
    );
  }
}
