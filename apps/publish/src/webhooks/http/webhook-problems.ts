import { ProblemMapper, problem } from '@news/http';
import { WebhookError, WebhookErrorCode } from '../webhook-errors';

const ANSWERS: Record<WebhookErrorCode, [number, string, string]> = {
  INVALID_REQUEST: [400, 'invalid-request', 'Invalid request'],
  INVALID_TARGET_URL: [400, 'invalid-webhook-url', 'Invalid webhook URL'],
  INVALID_FILTER: [400, 'invalid-webhook-filter', 'Invalid webhook filter'],
  INVALID_ID: [400, 'invalid-id', 'Invalid id'],
  SUBSCRIPTION_NOT_FOUND: [404, 'webhook-not-found', 'Webhook subscription not found'],
  DELIVERY_NOT_FOUND: [404, 'webhook-delivery-not-found', 'Webhook delivery not found'],
  DELIVERY_PENDING: [409, 'webhook-delivery-pending', 'Webhook delivery still pending'],
};

export const webhookProblems: ProblemMapper = (error) => {
  if (!(error instanceof WebhookError)) return null;
  const [status, slug, title] = ANSWERS[error.code];
  return problem(status, slug, title, error.message, error.field);
};
