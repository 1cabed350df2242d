import { Subject } from '@news/contracts';

const MEDIATOPIC = 'http://cv.iptc.org/newscodes/mediatopic/';

interface Topic {
  code: string;
  name: string;
}

const CONFLICT: Topic = { code: '16000000', name: 'conflict, war and peace' };
const ARMED_CONFLICT: Topic = { code: '20000056', name: 'armed conflict' };
const ACT_OF_TERROR: Topic = { code: '20000053', name: 'act of terror' };

/** The agency's categories (their `literal`) that say what a story is about. */
const BY_CATEGORY: Record<string, Topic[]> = { military: [CONFLICT, ARMED_CONFLICT] };

const TERROR = /\b(?:terroris[mt]|suicide bomb|car bomb)\b|إرهاب|ارهاب|انتحاري|مفخخة/u;

export interface TopicEvidence {
  armedActors: number;
  casualtyCounts: number;
  text: string;
}

/**
 * IPTC Media Topics, from the agency's category and from the text: armed
 * actors and casualty counts make an armed-conflict story. The agency's own
 * category subjects stay beside them, untouched.
 */
export function findTopics(subjects: readonly Subject[], evidence: TopicEvidence): Subject[] {
  const found = new Map<string, Subject>();
  const add = (t: Topic, confidence: number, creator: string) => {
    const existing = found.get(t.code);
    if (existing && (existing.confidence ?? 0) >= confidence) return;
    found.set(t.code, { name: t.name, uri: `${MEDIATOPIC}${t.code}`, rel: 'about', confidence, creator });
  };
  for (const s of subjects) {
    if (s.rel !== 'category' || !s.literal) continue;
    for (const t of BY_CATEGORY[s.literal] ?? []) add(t, 90, 'urn:newsroom:enrich:category');
  }
  if (evidence.armedActors > 0 && evidence.casualtyCounts > 0) {
    add(CONFLICT, 85, 'urn:newsroom:enrich:text');
    add(ARMED_CONFLICT, 80, 'urn:newsroom:enrich:text');
  } else if (evidence.armedActors > 1) {
    add(CONFLICT, 70, 'urn:newsroom:enrich:text');
  }
  if (TERROR.test(evidence.text)) add(ACT_OF_TERROR, 60, 'urn:newsroom:enrich:text');
  return [...found.values()];
}
