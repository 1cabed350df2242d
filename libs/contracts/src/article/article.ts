import { Credit } from './credit';
import { Dateline } from './dateline';

/**
 * The article as it travels on every topic: an IPTC ninjs 3.1 item. Facts with
 * a ninjs home live in standard properties (credits in `infoSources`, the
 * dateline's place in `located`, category and tag in `subjects`); facts
 * ninjs has no property for live under `newsroom`, the one property our
 * extended schema (`NEWSROOM_SCHEMA_ID`) declares.
 */
export interface Article {
  uri: string;
  type: 'text';
  version: string;
  language: string;
  headlines: Headline[];
  bodies: Body[];
  by?: string;
  located?: string;
  firstCreated: string;
  versionCreated: string;
  pubStatus: 'usable' | 'withheld' | 'canceled';
  subjects?: Subject[];
  places?: Place[];
  infoSources?: InfoSource[];
  altIds?: AltId[];
  standard: { name: 'ninjs'; version: '3.1'; schema: string };
  newsroom: NewsroomExtension;
}

export interface Headline {
  role?: string;
  contentType?: string;
  value: string;
}

export interface Body {
  role?: string;
  contentType?: string;
  value: string;
  charCount?: number;
  wordCount?: number;
}

export interface Subject {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
}

export interface Place {
  name: string;
  rel?: string;
  literal?: string;
}

export interface InfoSource {
  name: string;
  role?: string;
  uri?: string;
}

export interface AltId {
  role?: string;
  value: string;
}

/** What ninjs 3.1 has no property for. */
export interface NewsroomExtension {
  /** Our stable id (also the Kafka key): derived from source + guid. */
  articleId: string;
  /** The feed that sent it and its own id for the story. */
  source: { feed: string; guid: string };
  dateline?: Dateline;
  credits: Credit[];
  /** Set when the article is a translation (its credits name a translator). */
  translation?: { fromLanguage: string; originalUri?: string };
  /** The site's previous/next story links, by headline as the page printed them. */
  links?: { previous?: LinkedStory; next?: LinkedStory; related: LinkedStory[] };
  enrichment?: Enrichment;
}

export interface LinkedStory {
  headline: string;
  uri?: string;
}

/** Facts the enrich stage found; each says how it was found. */
export interface Enrichment {
  detectedLanguage: string;
  languageMatchesDeclared: boolean;
  wordCount: number;
  paragraphCount: number;
  datelinePlace?: { name: string; latitude: number; longitude: number; source: 'gazetteer' };
}
