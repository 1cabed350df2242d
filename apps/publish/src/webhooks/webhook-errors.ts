/** What an operator or an admin client got wrong about webhooks; webhook-problems.ts maps it to HTTP. */
export type WebhookErrorCode =
  | 'INVALID_REQUEST'
  | 'INVALID_TARGET_URL'
  | 'INVALID_FILTER'
  | 'INVALID_ID'
  | 'SUBSCRIPTION_NOT_FOUND'
  | 'DELIVERY_NOT_FOUND'
  | 'DELIVERY_PENDING';

export class WebhookError extends Error {
  constructor(
    readonly code: WebhookErrorCode,
    message: string,
    /** The field at fault, when there is one (`url`, `language`, `id`). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'WebhookError';
  }
}
