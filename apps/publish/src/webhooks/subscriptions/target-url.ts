import { WebhookError } from '../webhook-errors';
import { literalAddressProblem } from '../sending/private-network-guard';

const MAX_URL_LENGTH = 2048;

/**
 * The URL a subscription posts to, checked when it is added: http(s) only,
 * no credentials in it (the signature is how a receiver knows the sender,
 * and a password in a URL ends up in logs), and, unless private networks
 * are allowed, not an IP literal of a private range. A host name is checked
 * again after every DNS resolution, when sending.
 */
export function targetUrlFrom(text: unknown, allowPrivateNetworks: boolean): string {
  if (typeof text !== 'string' || text.trim() === '')
    throw new WebhookError('INVALID_TARGET_URL', 'a webhook needs a target URL (http:// or https://)', 'url');
  if (text.length > MAX_URL_LENGTH)
    throw new WebhookError('INVALID_TARGET_URL', `the URL is longer than ${MAX_URL_LENGTH} characters`, 'url');
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new WebhookError('INVALID_TARGET_URL', `"${text.slice(0, 100)}" is not an absolute URL`, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new WebhookError('INVALID_TARGET_URL', `the URL must be http:// or https://, not ${url.protocol}//`, 'url');
  if (url.username || url.password)
    throw new WebhookError('INVALID_TARGET_URL', 'the URL must not carry a user name or password', 'url');
  const problem = allowPrivateNetworks ? null : literalAddressProblem(url.hostname);
  if (problem)
    throw new WebhookError(
      'INVALID_TARGET_URL',
      `${problem}: private networks are refused (WEBHOOK_ALLOW_PRIVATE_NETWORKS is not true)`,
      'url',
    );
  url.hash = '';
  return url.toString();
}
