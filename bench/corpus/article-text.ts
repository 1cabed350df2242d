import { Prng } from './prng';
import * as words from './vocabulary';

export type CorpusLanguage = 'ar' | 'en';

/** Fills {place}, {org}, {person}, {n} and {day} in a template. */
export function fill(template: string, language: CorpusLanguage, rng: Prng): string {
  const text = template.replace(/\{(place|org|person|n|day)\}/g, (_, slot: string) => slotValue(slot, language, rng));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slotValue(slot: string, language: CorpusLanguage, rng: Prng): string {
  switch (slot) {
    case 'place':
      return rng.pick(words.PLACES)[language];
    case 'org':
      return rng.pick(words.ORGANISATIONS)[language];
    case 'person':
      return language === 'ar' ? rng.pick(words.PEOPLE) : rng.pick(words.SPEAKERS);
    case 'day':
      return rng.pick(language === 'ar' ? words.AR_DAYS : words.EN_DAYS);
    default:
      return String(rng.int(2, 400));
  }
}

/** Body paragraphs of 2–6 sentences until about `targetWords` words. */
export function writeParagraphs(language: CorpusLanguage, targetWords: number, rng: Prng): string[] {
  const sentences = language === 'ar' ? words.AR_SENTENCES : words.EN_SENTENCES;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < targetWords) {
    const paragraph = Array.from({ length: rng.int(2, 6) }, () => fill(rng.pick(sentences), language, rng)).join(' ');
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs;
}

export function writeHeadline(language: CorpusLanguage, rng: Prng): string {
  return fill(rng.pick(language === 'ar' ? words.AR_HEADLINES : words.EN_HEADLINES), language, rng);
}
