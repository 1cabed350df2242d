import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleEvent, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { RecordDeliveries } from '../deliveries/record-deliveries';

/** publish reads its own change topic, in its own consumer group, to drive webhooks. */
@Controller()
export class WebhookChangesController {
  constructor(@Inject(RecordDeliveries) private readonly recordDeliveries: RecordDeliveries) {}

  @EventPattern(Topics.publishedChanges)
  onChange(@Payload() event: ArticleEvent): Promise<StageOutput[]> {
    return this.recordDeliveries.execute(event);
  }
}
