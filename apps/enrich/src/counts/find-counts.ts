import { FoldedText, foldKey } from '../matching/fold';
import { Mention, mentionOf } from '../matching/paragraphs';
import { FoldedWords, WordSieve } from './folded-words';
import { isApproximate, mayOpenNumber, readNumber } from './read-number';
import { BoundedMemo } from '../matching/bounded-memo';

export type CountCategory = 'killed' | 'injured' | 'captured' | 'displaced';

export interface FoundCount {
  category: CountCategory;
  value: number;
  approximate: boolean;
  who?: string;
  eventType: string;
  subEventType: string;
  evidence: Mention;
  /** The sentence's offsets in the original text, for tying actors, places and dates to the count. */
  sentence: [number, number];
  confidence: number;
}

// Folded nouns a casualty or capture count counts.
const NOUNS = folded(
  /^(?:[وفلب]?(?:civilians?|people|persons?|members?|fighters?|soldiers?|troops|children|women|men|militants?|elements?|families|captives|prisoners|detainees|residents|combatants|insurgents|officers?|rebels|individuals|victims|others|مدنيين|مدنيا|مدنيون|مدني|مدنيه|اشخاص|شخصا|شخص|عناصر|عنصرا|عنصر|مقاتلين|مقاتلا|مقاتل|مقاتلون|جنود|جنديا|جندي|اطفال|طفلا|اطفالا|نساء|امراه|عائلات|عائله|اسره|اسر|معتقلين|اسيرا|اخرين|اخرون|مسلحين|اشخاصا|شابا|شبان|شباب))$/u,
);

const CATEGORY_STEMS: [CountCategory, RegExp][] = (
  [
    [
      'killed',
      /^(?:(?:killed|kill|kills|killing|dead|died|death|deaths)$|[وفل]?(?:قتل|مقتل|قتلى|قتيلا|قتيل|استشهد|استشهاد|شهداء|شهيد|مصرع|وفاه|توفي|لقي|لقوا|قضى))/u,
    ],
    [
      'injured',
      /^(?:(?:injured|injuring|injuries|wounded|wounding|hurt)$|[وفل]?(?:جرح|جرحى|جريح|اصابه|اصيب|مصاب|اصابات|اصابت))/u,
    ],
    [
      'captured',
      /^(?:(?:captured|capture|captures|capturing|arrested|arrest|detained|surrendered|abducted|kidnapped|prisoners|captives)$|[وفل]?(?:اسر|اسرى|اعتقال|اعتقل|احتجاز|اختطاف|خطف|استسلام|استسلم|القبض|اسير))/u,
    ],
    [
      'displaced',
      /^(?:(?:displaced|displacement|fled|evacuated)$|[وفل]?(?:نزوح|نازح|نازحين|تهجير|مهجر|نزح|تهجر|نزحت))/u,
    ],
  ] as [CountCategory, RegExp][]
).map(([c, re]) => [c, folded(re)]);

const EVENT_TYPES: [RegExp, string, string][] = (
  [
    [
      /\b(?:air ?strikes?|warplanes?|jets|aircraft|helicopters?|drones?|barrel bombs?)\b|غاره|غارات|الطيران|طائرات|الطائرات|مروحي|براميل|مسير/u,
      'Explosions/Remote violence',
      'Air/drone strike',
    ],
    [
      /\b(?:mines?|landmines?|ied|explosive|explosion|car bomb|blast)\b|لغم|الغام|انفجار|عبوه|مفخخه/u,
      'Explosions/Remote violence',
      'Remote explosive/landmine/IED',
    ],
    [
      /\b(?:shelling|shelled|artillery|rockets?|mortars?|missiles?)\b|قصف|قذائف|صواريخ|صاروخ|مدفعي/u,
      'Explosions/Remote violence',
      'Shelling/artillery/missile attack',
    ],
    [
      /\b(?:clashes|battles|fighting|fought|offensive|attack|attacked|ambush)\b|اشتباكات|معارك|هجوم|اشتباك|كمين|معركه/u,
      'Battles',
      'Armed clash',
    ],
    [/\b(?:arrested|arrests|detained|raid|campaign)\b|اعتقال|اعتقل|مداهمه|حمله/u, 'Strategic developments', 'Arrests'],
  ] as [RegExp, string, string][]
).map(([re, type, sub]) => [folded(re), type, sub]);

/** The regex with its words folded as the text is ("killed" → "kiled", "عائلات" → "عايلات"), so they meet folded tokens. */
function folded(re: RegExp): RegExp {
  const source = re.source.replace(/[a-z]{2,}/g, (w) => foldKey(w)).replace(/[\u0621-\u064A]+/gu, (w) => foldKey(w));
  return new RegExp(source, re.flags);
}

// Arabic puts two after the noun: "مدنيين اثنين"
const TWO_AFTER_NOUN: ReadonlySet<string> = new Set(
  ['اثنين', 'اثنان', 'اثنتين', 'اثنتان'].flatMap((two) => [two, `و${two}`]),
);
const TWO_AFTER_NOUN_SIEVE = new WordSieve(TWO_AFTER_NOUN);

/** . ! ? ؟ and a line break: where a sentence ends. */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x0a;
}

/**
 * The sentence around `offset` as /[^.!?؟\n]+(?:[.!?؟]+|\n|$)/g splits the
 * text: the run of other characters that holds it, with the stops after it
 * or one line break. Read outwards from the offset, not by splitting the
 * whole story for the few numbers it holds. A word's offset is never a stop.
 */
function sentenceAround(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) === 0x0a) return [start, end + 1];
  while (end < text.length && isSentenceEnd(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x0a) end++;
  return [start, end];
}

/**
 * Counts of killed, injured, captured and displaced people: a number (digits,
 * Arabic-Indic digits or words in either language) followed by who was counted
 * or right after a casualty word, with the category nearest it in its sentence
 * and an ACLED event type read from the sentence.
 */
export function findCounts(
  text: string,
  folded: FoldedText,
  paragraphs: readonly number[],
  words = new FoldedWords(folded.text),
): FoundCount[] {
  const origin = (i: number) => folded.origin[words.start(i)];
  const originEnd = (i: number) => folded.origin[words.end(i) - 1] + 1;
  const sentenceOf = (offset: number) => sentenceAround(text, offset);
  const counts: FoundCount[] = [];
  for (let i = 0; i < words.length; i++) {
    if (
      words.mayBe(i, TWO_AFTER_NOUN_SIEVE) &&
      TWO_AFTER_NOUN.has(words.at(i)!) &&
      i > 0 &&
      NOUNS.test(words.at(i - 1)!)
    ) {
      const sentence = sentenceOf(origin(i));
      const inSentence = (j: number) =>
        j >= 0 && j < words.length && origin(j) >= sentence[0] && origin(j) < sentence[1];
      const category = nearestCategory(words, i - 1, i + 1, inSentence);
      if (category) {
        const [eventType, subEventType] = eventTypeOf(words, inSentence, i, category);
        const start = origin(i - 1);
        const end = originEnd(i);
        counts.push({
          category,
          value: 2,
          approximate: false,
          who: text.slice(start, originEnd(i - 1)),
          eventType,
          subEventType,
          evidence: mentionOf(text, paragraphs, start, end),
          sentence,
          confidence: 0.8,
        });
      }
      continue;
    }
    if (!mayOpenNumber(words, i)) continue;
    const number = readNumber(words, i);
    if (!number || number.value === 0) continue;
    const after = i + number.length;
    const sentence = sentenceOf(origin(i));
    const inSentence = (j: number) => j >= 0 && j < words.length && origin(j) >= sentence[0] && origin(j) < sentence[1];
    // who: a counted noun within the next three words ("400 members", "four civilians", "أربعة مدنيين")
    let nounAt = -1;
    for (let j = after; j < after + 3 && inSentence(j); j++) {
      if (NOUNS.test(words.at(j)!) || categoryOf(words.at(j))) {
        nounAt = j;
        break;
      }
    }
    const keywordRightBefore = [i - 1, i - 2].some((j) => inSentence(j) && categoryOf(words.at(j)));
    if (nounAt < 0 && !keywordRightBefore) {
      i += number.length - 1;
      continue;
    }
    const category = nearestCategory(words, i, after, inSentence);
    if (!category) {
      i += number.length - 1;
      continue;
    }
    const [eventType, subEventType] = eventTypeOf(words, inSentence, i, category);
    const end = nounAt >= 0 ? nounAt + 1 : after;
    counts.push({
      category,
      value: number.value,
      approximate: isApproximate(words, i),
      ...(nounAt >= 0 ? { who: text.slice(origin(nounAt), originEnd(nounAt)) } : {}),
      eventType,
      subEventType,
      evidence: mentionOf(text, paragraphs, origin(i), originEnd(end - 1)),
      sentence,
      confidence: nounAt >= 0 ? 0.85 : 0.7,
    });
    i = end - 1;
  }
  return counts;
}

/**
 * Categories already read, by folded word (`null`: none). Every number has up to
 * a dozen words either side tried against four patterns, and a story's words
 * recur: the lookup is ~40 µs a corpus story cheaper. Cleared when full.
 */
const CATEGORY_BY_WORD = new BoundedMemo<string, CountCategory | null>(4096);

function categoryOf(word: string | undefined): CountCategory | undefined {
  if (!word) return undefined;
  const known = CATEGORY_BY_WORD.get(word);
  if (known !== undefined) return known ?? undefined;
  const category = CATEGORY_STEMS.find(([, re]) => re.test(word))?.[0];
  CATEGORY_BY_WORD.set(word, category ?? null);
  return category;
}

function nearestCategory(
  words: FoldedWords,
  start: number,
  after: number,
  inSentence: (j: number) => boolean,
): CountCategory | undefined {
  for (let d = 0; d < 12; d++) {
    const forward = after + d;
    if (inSentence(forward)) {
      const c = categoryOf(words.at(forward));
      if (c) return c;
    }
    const back = start - 1 - d;
    if (inSentence(back)) {
      const c = categoryOf(words.at(back));
      if (c) return c;
    }
  }
  return undefined;
}

/** The event type the words of the sentence around token `at` name; the category decides when none does. */
function eventTypeOf(
  words: FoldedWords,
  inSentence: (j: number) => boolean,
  at: number,
  category: CountCategory,
): [string, string] {
  const sentence = sentenceWords(words, inSentence, at);
  for (const [re, type, sub] of EVENT_TYPES) if (re.test(sentence)) return [type, sub];
  if (category === 'displaced') return ['Strategic developments', 'Other'];
  if (category === 'captured') return ['Battles', 'Armed clash'];
  return ['Violence against civilians', 'Attack'];
}

/**
 * The folded words of the sentence holding word `at`, one space apart.
 * Words run in text order, so a sentence's words are one run around `at`:
 * widening it from there reads the sentence and not the whole story.
 */
function sentenceWords(words: FoldedWords, inSentence: (j: number) => boolean, at: number): string {
  let first = at;
  while (inSentence(first - 1)) first--;
  let last = at;
  while (inSentence(last + 1)) last++;
  return words.between(first, last);
}
