/** What every parser needs to know about the feed besides its bytes. */
export interface ParseOptions {
  /** IANA zone of the feed's local times, e.g. "Asia/Damascus"; used when a date has no offset. */
  timeZone: string;
  /** When the document arrived: the date of a feed item that has none of its own, nor the feed. Defaults to now. */
  receivedAt?: Date;
}
