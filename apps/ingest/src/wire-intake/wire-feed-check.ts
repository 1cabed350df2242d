import { KafkaMessage } from 'kafkajs';
import type { Feed } from '../feeds/feed.entity';
import { IntakeError } from '../formats/intake-error';
import { WireHeaders, headerOf } from './wire-document';

export interface RegisteredFeeds {
  find(name: string): Promise<Feed | null>;
}

/**
 * The wire topic's answer to "who may post": a record is taken only from a
 * feed registered and enabled, as a post over HTTP is. Anyone who can write
 * to `wire.raw.v1` could otherwise publish under any name. (Who may write to
 * the topic at all is Kafka's ACLs' business; this is the newsroom's rule.)
 * With FEED_AUTH=off, as over HTTP, any name is taken.
 */
export class WireFeedCheck {
  constructor(
    private readonly feeds: RegisteredFeeds,
    private readonly auth: 'required' | 'off',
  ) {}

  async admit(message: KafkaMessage): Promise<void> {
    if (this.auth === 'off') return;
    const name = headerOf(message.headers, WireHeaders.feedId)?.trim();
    if (!name) return; // readWireDocument refuses it, naming the missing header
    const feed = name.length <= 64 ? await this.feeds.find(name) : null;
    if (!feed)
      throw refused(`no feed named "${name.slice(0, 64)}" is registered; register it with npm run feeds -- create`);
    if (feed.disabled) throw refused(`feed ${feed.name} is disabled and may not post`);
  }
}

function refused(message: string): IntakeError {
  return new IntakeError('FEED_REFUSED', message, WireHeaders.feedId);
}
