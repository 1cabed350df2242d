import { FoldedText, foldKey } from '../matching/fold';
import { Mention, mentionOf } from '../matching/paragraphs';
import { FoldedWords, OpeningSieve, WordSieve } from './folded-words';
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

/**
 * The words of each category: English ones whole, Arabic stems that open a
 * word, after one of و ف ل or none ("وقتل", "مقتل").
 */
const CATEGORY_WORDS: readonly { category: CountCategory; english: string[]; arabicStems: string[] }[] = [
  {
    category: 'killed',
    english: ['killed', 'kill', 'kills', 'killing', 'dead', 'died', 'death', 'deaths'],
    arabicStems: [
      'قتل',
      'مقتل',
      'قتلى',
      'قتيلا',
      'قتيل',
      'استشهد',
      'استشهاد',
      'شهداء',
      'شهيد',
      'مصرع',
      'وفاه',
      'توفي',
      'لقي',
      'لقوا',
      'قضى',
    ],
  },
  {
    category: 'injured',
    english: ['injured', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt'],
    arabicStems: ['جرح', 'جرحى', 'جريح', 'اصابه', 'اصيب', 'مصاب', 'اصابات', 'اصابت'],
  },
  {
    category: 'captured',
    english: [
      'captured',
      'capture',
      'captures',
      'capturing',
      'arrested',
      'arrest',
      'detained',
      'surrendered',
      'abducted',
      'kidnapped',
      'prisoners',
      'captives',
    ],
    arabicStems: ['اسر', 'اسرى', 'اعتقال', 'اعتقل', 'احتجاز', 'اختطاف', 'خطف', 'استسلام', 'استسلم', 'القبض', 'اسير'],
  },
  {
    category: 'displaced',
    english: ['displaced', 'displacement', 'fled', 'evacuated'],
    arabicStems: ['نزوح', 'نازح', 'نازحين', 'تهجير', 'مهجر', 'نزح', 'تهجر', 'نزحت'],
  },
];
const CONJUNCTIONS = ['و', 'ف', 'ل'];

const CATEGORY_STEMS: [CountCategory, RegExp][] = CATEGORY_WORDS.map(({ category, english, arabicStems }) => [
  category,
  folded(new RegExp(`^(?:(?:${english.join('|')})$|[${CONJUNCTIONS.join('')}]?(?:${arabicStems.join('|')}))`, 'u')),
]);

/** How a category word may open: a word that opens otherwise is turned away before it is made a string. */
const CATEGORY_OPENINGS = new OpeningSieve(
  CATEGORY_WORDS.flatMap(({ english, arabicStems }) => [
    ...english.map(foldKey),
    ...arabicStems.map(foldKey).flatMap((stem) => [stem, ...CONJUNCTIONS.map((c) => `${c}${stem}`)]),
  ]),
);

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
 * The sentences a story's numbers stand in, as /[^.!?؟\n]+(?:[.!?؟]+|\n|$)/g
 * splits the text: a run of other characters, with the stops after it or one
 * line break. Read outwards from a number, not by splitting the whole story
 * for the few numbers it holds; the last sentence read is kept, since a dense
 * story has several numbers a sentence and each read its sentence again.
 * A word's offset is never a stop.
 */
class Sentences {
  private start = 0;
  /** Where the last sentence's run of other characters ends: an offset before it is in the same sentence. */
  private runEnd = -1;
  private end = 0;

  constructor(private readonly text: string) {}

  around(offset: number): [number, number] {
    if (offset < this.start || offset >= this.runEnd) this.read(offset);
    return [this.start, this.end];
  }

  private read(offset: number): void {
    const text = this.text;
    let start = offset;
    while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
    let end = offset;
    while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
    this.start = start;
    this.runEnd = end;
    if (text.charCodeAt(end) === 0x0a) {
      this.end = end + 1;
      return;
    }
    while (end < text.length && isSentenceEnd(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x0a) end++;
    this.end = end;
  }
}

/**
 * The words of one sentence, `first` to `last`: words run in text order, so
 * a sentence's words are one run, found by widening from a word in it.
 */
interface SentenceWords {
  first: number;
  last: number;
}

function wordsOf(words: FoldedWords, origin: Int32Array, sentence: [number, number], at: number): SentenceWords {
  const inSentence = (j: number) => {
    const offset = origin[words.start(j)];
    return offset >= sentence[0] && offset < sentence[1];
  };
  let first = at;
  while (first > 0 && inSentence(first - 1)) first--;
  let last = at;
  while (last < words.length - 1 && inSentence(last + 1)) last++;
  return { first, last };
}

function holds({ first, last }: SentenceWords, j: number): boolean {
  return j >= first && j <= last;
}

const CATEGORIES: readonly (CountCategory | undefined)[] = [undefined, 'killed', 'injured', 'captured', 'displaced'];
const NOT_READ = -1;

/**
 * What each word of a story counts or names, read once: a number has up to a
 * dozen words either side tried, and the next number in the sentence tries
 * most of them again.
 */
class CountWords {
  /** Index into CATEGORIES, or NOT_READ. */
  private readonly categories: Int8Array;
  /** 1 a counted noun, 0 not, or NOT_READ. */
  private readonly nouns: Int8Array;

  constructor(readonly words: FoldedWords) {
    this.categories = new Int8Array(words.length).fill(NOT_READ);
    this.nouns = new Int8Array(words.length).fill(NOT_READ);
  }

  /** The category word `j` names; undefined outside the text. */
  category(j: number): CountCategory | undefined {
    if (j < 0 || j >= this.words.length) return undefined;
    if (this.categories[j] === NOT_READ)
      this.categories[j] = this.words.mayOpen(j, CATEGORY_OPENINGS)
        ? CATEGORIES.indexOf(categoryOf(this.words.at(j)))
        : CATEGORIES.indexOf(undefined);
    return CATEGORIES[this.categories[j]];
  }

  isNoun(j: number): boolean {
    if (this.nouns[j] === NOT_READ) this.nouns[j] = NOUNS.test(this.words.at(j)!) ? 1 : 0;
    return this.nouns[j] === 1;
  }
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
  words = new FoldedWords(folded),
): FoundCount[] {
  const origin = (i: number) => folded.origin[words.start(i)];
  const originEnd = (i: number) => folded.origin[words.end(i) - 1] + 1;
  const sentences = new Sentences(text);
  /**
   * Whether word `j` stands in the sentence of word `i`: no stop between
   * them (a word's offset is never one). Read in the few characters between
   * the two, as most numbers ("for 309 hours") count no one and need only
   * their neighbours, where finding the whole sentence read all of it.
   */
  const sameSentence = (i: number, j: number) => {
    if (j < 0 || j >= words.length) return false;
    const to = Math.max(origin(i), origin(j));
    for (let k = Math.min(origin(i), origin(j)); k < to; k++) if (isSentenceEnd(text.charCodeAt(k))) return false;
    return true;
  };
  const read = new CountWords(words);
  const counts: FoundCount[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words.mayBe(i, TWO_AFTER_NOUN_SIEVE) && TWO_AFTER_NOUN.has(words.at(i)!) && i > 0 && read.isNoun(i - 1)) {
      const sentence = sentences.around(origin(i));
      const span = wordsOf(words, folded.origin, sentence, i);
      const category = nearestCategory(read, i - 1, i + 1, span);
      if (category) {
        const [eventType, subEventType] = eventTypeOf(words, span, category);
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
    // who: a counted noun within the next three words ("400 members", "four civilians", "أربعة مدنيين")
    let nounAt = -1;
    for (let j = after; j < after + 3 && sameSentence(i, j); j++) {
      if (read.isNoun(j) || read.category(j)) {
        nounAt = j;
        break;
      }
    }
    const keywordRightBefore =
      (sameSentence(i, i - 1) && read.category(i - 1) !== undefined) ||
      (sameSentence(i, i - 2) && read.category(i - 2) !== undefined);
    if (nounAt < 0 && !keywordRightBefore) {
      i += number.length - 1;
      continue;
    }
    const sentence = sentences.around(origin(i));
    const span = wordsOf(words, folded.origin, sentence, i);
    const category = nearestCategory(read, i, after, span);
    if (!category) {
      i += number.length - 1;
      continue;
    }
    const [eventType, subEventType] = eventTypeOf(words, span, category);
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
  read: CountWords,
  start: number,
  after: number,
  span: SentenceWords,
): CountCategory | undefined {
  for (let d = 0; d < 12; d++) {
    const forward = after + d;
    if (holds(span, forward)) {
      const c = read.category(forward);
      if (c) return c;
    }
    const back = start - 1 - d;
    if (holds(span, back)) {
      const c = read.category(back);
      if (c) return c;
    }
  }
  return undefined;
}

/** The event type the words of the sentence name; the category decides when none does. */
function eventTypeOf(words: FoldedWords, span: SentenceWords, category: CountCategory): [string, string] {
  const sentence = words.between(span.first, span.last);
  for (const [re, type, sub] of EVENT_TYPES) if (re.test(sentence)) return [type, sub];
  if (category === 'displaced') return ['Strategic developments', 'Other'];
  if (category === 'captured') return ['Battles', 'Armed clash'];
  return ['Violence against civilians', 'Attack'];
}
