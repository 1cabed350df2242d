import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AdminTokenGuard } from '../../admin/admin-token.guard';
import { DeliverySummary } from '../deliveries/delivery-store';
import { FILTER_FIELDS } from '../subscriptions/subscription-filter';
import { SubscriptionSummary } from '../subscriptions/subscription-store';
import { NewSubscription, SubscriptionWithSecret, WebhookAdmin } from '../subscriptions/webhook-admin';
import { WebhookError } from '../webhook-errors';

const JSON_UTF8 = 'application/json; charset=utf-8';

/** The webhook admin API, behind PUBLISH_ADMIN_TOKEN like the kill; the same checks as `npm run webhooks`. */
@Controller('v1/admin')
@UseGuards(AdminTokenGuard)
@ApiTags('webhooks')
@ApiBearerAuth('adminToken')
export class WebhooksAdminController {
  constructor(@Inject(WebhookAdmin) private readonly admin: WebhookAdmin) {}

  /** `{url, filter?: {language?, category?, place?, organisation?}}` → the subscription and its secret, shown once. */
  @Post('webhooks')
  @HttpCode(201)
  @Header('content-type', JSON_UTF8)
  add(@Body() body: unknown): Promise<SubscriptionWithSecret> {
    return this.admin.add(newSubscriptionFrom(body));
  }

  @Get('webhooks')
  @Header('content-type', JSON_UTF8)
  async list(): Promise<{ items: SubscriptionSummary[] }> {
    return { items: await this.admin.list() };
  }

  @Post('webhooks/:id/disable')
  @HttpCode(200)
  @Header('content-type', JSON_UTF8)
  disable(@Param('id') id: string): Promise<SubscriptionSummary> {
    return this.admin.disable(id);
  }

  @Post('webhooks/:id/rotate-secret')
  @HttpCode(200)
  @Header('content-type', JSON_UTF8)
  rotateSecret(@Param('id') id: string): Promise<SubscriptionWithSecret> {
    return this.admin.rotateSecret(id);
  }

  @Get('webhooks/:id/deliveries')
  @Header('content-type', JSON_UTF8)
  async deliveries(@Param('id') id: string): Promise<{ items: DeliverySummary[] }> {
    return { items: await this.admin.deliveriesOf(id) };
  }

  @Post('webhook-deliveries/:id/replay')
  @HttpCode(200)
  @Header('content-type', JSON_UTF8)
  replay(@Param('id') id: string): Promise<DeliverySummary> {
    return this.admin.replay(id);
  }
}

/** The request body, with every field it should not have named. */
function newSubscriptionFrom(body: unknown): NewSubscription {
  if (!isObject(body)) throw new WebhookError('INVALID_REQUEST', 'the body must be a JSON object {url, filter}');
  const unknownField = Object.keys(body).find((key) => key !== 'url' && key !== 'filter');
  if (unknownField)
    throw new WebhookError('INVALID_REQUEST', `unknown field "${unknownField}" (url, filter)`, unknownField);
  const filter = body.filter ?? {};
  if (!isObject(filter))
    throw new WebhookError('INVALID_FILTER', `filter must be an object (${FILTER_FIELDS.join(', ')})`, 'filter');
  const unknownFilter = Object.keys(filter).find((key) => !(FILTER_FIELDS as readonly string[]).includes(key));
  if (unknownFilter)
    throw new WebhookError(
      'INVALID_FILTER',
      `unknown filter "${unknownFilter}" (${FILTER_FIELDS.join(', ')})`,
      `filter.${unknownFilter}`,
    );
  return { ...filter, url: body.url };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
