import { Credit, Dateline, LinkedStory } from '@news/contracts';

/**
 * What every format parser hands to the intake rules: the story's facts,
 * before identity, versions and the ninjs shape are applied.
 */
export interface ParsedArticle {
  /** The feed's own id for the story, when the format carries one. */
  guid?: string;
  headline: string;
  /** Plain-text paragraphs, in order, with no page furniture. */
  paragraphs: string[];
  /** The body as sanitised HTML (allowlisted tags only), when the source sent HTML. */
  html?: string;
  credits: Credit[];
  /** The byline as printed (e.g. the Arabic credit line), for ninjs `by`. */
  byline?: string;
  /** ISO 8601 instant in UTC. */
  publishedAt: string;
  category?: { code: string; label: string };
  tags: string[];
  dateline?: Dateline;
  /**
   * BCP 47 code the text is written in, e.g. "en": the declared language when
   * the detector agrees or cannot tell, else the detected one.
   */
  language: string;
  /** The language the feed declared, when it declared one (kept even when overruled). */
  declaredLanguage?: string;
  /** Source language when the article is a translation (its credits name a translator). */
  translatedFrom?: string;
  links: { previous?: LinkedStory; next?: LinkedStory; related: LinkedStory[] };
  /** The original a translation names (a ninjs association rel "translationOf"): its guid in this feed, or its URL. */
  originalGuid?: string;
  originalUrl?: string;
  /** How intake read the story, where it had to make do: carried onto the article as `newsroom.intake`. */
  intakeNotes?: IntakeNotes;
}

/** Where the story's date came from: the item itself, the feed it came in, or the time ingest received it. */
export type DateSource = 'item' | 'feed' | 'received';

export interface IntakeNotes {
  /** The encoding the document was read in and how it was chosen, e.g. "windows-1252 (declared)", "fallback windows-1252". */
  encoding?: string;
  dateSource?: DateSource;
  /** The item had no body: its headline or description stands in for one. */
  brief?: boolean;
}
