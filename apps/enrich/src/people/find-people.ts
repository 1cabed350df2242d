import { FoldedWords } from '../counts/folded-words';
import { BoundedMemo } from '../matching/bounded-memo';
import { FoldedText, foldKey } from '../matching/fold';
import { Mention, mentionOf } from '../matching/paragraphs';
import { isAsciiLetter, isWhiteSpace } from '../matching/characters';
import { AnchoredPattern, anchoredMatches, notAfterLetter, offsetsOf, surnameMatches } from './anchored-matches';
import { KeyWords } from './key-words';

export interface FoundPerson {
  /** "person:<folded name>" for a named person, "source:<role>" for an anonymous one. */
  id: string;
  name?: string;
  title?: string;
  role: string;
  /** Where the text says whom the person speaks for: the phrase as written. */
  affiliationText?: string;
  anonymous: boolean;
  quoted: boolean;
  mentions: Mention[];
}

const NAME_WORD = "(?:al-|el-|Al-|Abu |bin )?[A-Z][a-z’'\\-]+";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}`;
const TITLES_EN =
  'Brigadier General|Major General|Lieutenant Colonel|Colonel|Col\\.|General|Gen\\.|Lieutenant|Lt\\.|Captain|Capt\\.|Major|Sheikh|Dr\\.|Doctor|Judge';
const ROLES_EN =
  'commander|spokesman|spokesperson|spokeswoman|leader|official|member|head|director|activist|journalist|correspondent|doctor|physician|chief|governor|minister|officer|researcher|founder|media activist|nurse|paramedic|volunteer|resident|engineer|mayor';

const TITLED_EN = new RegExp(`\\b(${TITLES_EN})\\s+(${NAME})`, 'g');
const TITLE_BEFORE_NAME_EN = new RegExp(`^(${TITLES_EN})\\s+`);
const APPOSITIVE_EN = new RegExp(
  `\\b(${NAME}),\\s+(?:a|an|the)\\s+((?:[a-z\\-]+\\s+){0,2}?(?:${ROLES_EN}))\\b(?:\\s+(?:of|in|with|at|for)\\s+(?:the\\s+)?([^,.;]+))?`,
  'g',
);
const SAID_EN = new RegExp(`\\b(${NAME})\\s+(?:told|said|added|confirmed|stated)\\b`, 'g');
const ANONYMOUS_EN =
  /\b(?:a|an|one)\s+((?:local|military|medical|security|field|opposition|informed|humanitarian|media|rebel|government|official|reliable|civil defence|civil defense|police)\s+)?(source|activist|resident|witness|eyewitness)s?\b/gi;
const ANONYMOUS_PLURAL_EN =
  /\b(local|military|medical|security|field|opposition|informed|humanitarian|media|rebel)\s+(sources|activists|residents|witnesses)\b/gi;
const ANONYMOUS_COMMANDER_EN = /\b(?:a|an)\s+(field|military|rebel|local|opposition)\s+(commander|official)\b/gi;
const CORRESPONDENT_EN = /\bSMART(?:'s|’s)? correspondent\b/g;

/** The letters, apostrophes, hyphens and spaces a name is written in, up to the word after it. */
const inName = (code: number) =>
  isAsciiLetter(code) || code === 0x27 || code === 0x2019 || code === 0x2d || isWhiteSpace(code);

/** "Hussam Salamah, a commander ...": the name ends at the comma before "a", "an" or "the". */
const APPOSITIVE_AT_COMMA: AnchoredPattern = { pattern: new RegExp(APPOSITIVE_EN.source, 'y'), leadsUp: inName };
const APPOSITIVE_COMMA = /,\s+(?:a|an|the)\s/g;
/** "Hussam Salamah told": the name runs up to the verb. */
const SAID_AT_VERB: AnchoredPattern = { pattern: new RegExp(SAID_EN.source, 'y'), leadsUp: inName };
const SAID_WORDS = ['told', 'said', 'added', 'confirmed', 'stated'];
/** "a military source": "a", a word or two, the noun; letters and spaces. */
const ANONYMOUS_AT_NOUN: AnchoredPattern = {
  pattern: new RegExp(ANONYMOUS_EN.source, 'iy'),
  leadsUp: (code) => isAsciiLetter(code) || isWhiteSpace(code),
};
const ANONYMOUS_WORDS = ['source', 'activist', 'resident', 'witness', 'eyewitness'];
/** "local sources": one word, in letters, before the noun. */
const ANONYMOUS_PLURAL_AT_NOUN: AnchoredPattern = {
  pattern: new RegExp(ANONYMOUS_PLURAL_EN.source, 'iy'),
  leadsUp: (code) => isAsciiLetter(code) || isWhiteSpace(code),
};
const ANONYMOUS_PLURAL_WORDS = ['sources', 'activists', 'residents', 'witnesses'];
/** "a field commander": "a", one word, the noun. */
const ANONYMOUS_COMMANDER_AT_NOUN: AnchoredPattern = {
  pattern: new RegExp(ANONYMOUS_COMMANDER_EN.source, 'iy'),
  leadsUp: (code) => isAsciiLetter(code) || isWhiteSpace(code),
};
const ANONYMOUS_COMMANDER_WORDS = ['commander', 'official'];

const KEY_WORDS = new KeyWords([SAID_WORDS, ANONYMOUS_WORDS, ANONYMOUS_PLURAL_WORDS, ANONYMOUS_COMMANDER_WORDS]);
/** The same key words found by scanning, for the rare story `KeyWords` cannot read off its folded words. */
const KEY_WORD_SCANS = [
  /(?:told|said|added|confirmed|stated)\b/g,
  /(?:source|activist|resident|witness)/gi,
  /(?:sources|activists|residents|witnesses)\b/gi,
  /(?:commander|official)\b/gi,
];

/** Where the key words of the anchored English patterns start, by pattern. */
type KeyWordStarts = ReturnType<typeof keyWordStarts>;

function keyWordStarts(text: string, folded: FoldedText, words: FoldedWords) {
  const [said, anonymous, anonymousPlural, anonymousCommander] =
    KEY_WORDS.startsIn(text, folded, words) ?? KEY_WORD_SCANS.map((scan) => offsetsOf(text, scan));
  return { said, anonymous, anonymousPlural, anonymousCommander };
}

const TITLES_AR =
  'العقيد|العميد|اللواء|النقيب|الرائد|الملازم أول|الملازم|المقدم|الشيخ|الدكتور|القيادي|القائد العسكري|القائد|المتحدث الرسمي|المتحدث|الناطق|الناشط الإعلامي|الناشط|الطبيب|مدير|رئيس|عضو|المسؤول|الإعلامي|الصحفي|المهندس|القاضي|المراسل';
const STOP_AR = new Set([
  'إن',
  'أن',
  'ان',
  'لـ',
  'ل',
  'في',
  'من',
  'إنه',
  'أنه',
  'عن',
  'على',
  'و',
  'قال',
  'أمس',
  'اليوم',
]);
const TITLE_WORD_AR = new RegExp(`^(?:${TITLES_AR})$`, 'u');
// Both Arabic patterns hold only where no letter comes before: `notAfterLetter` checks that at each hit.
const TITLED_AR = new RegExp(`(${TITLES_AR})\\s+`, 'gu');
const ANONYMOUS_AR =
  /(مصدر|مصادر|ناشطون|ناشط|شهود عيان|أحد السكان|مراسل سمارت|مراسل "سمارت"|قائد|قيادي)(?:\s+(عسكري|محلي|طبي|أمني|ميداني|مطلع|خاص|عسكرية|محلية|طبية|أمنية|ميدانية|مطلعة))?/gu;

const ROLE_AR: Record<string, string> = {
  عسكري: 'military source',
  عسكرية: 'military source',
  محلي: 'local source',
  محلية: 'local source',
  طبي: 'medical source',
  طبية: 'medical source',
  أمني: 'security source',
  أمنية: 'security source',
  ميداني: 'field source',
  ميدانية: 'field source',
  مطلع: 'informed source',
  مطلعة: 'informed source',
  خاص: 'source',
};

const SPEECH = /\b(?:said|told|added|confirmed|stated|according to)\b|قال|أفاد|أضاف|أكد|ذكر|أوضح|صرح|بحسب|وفق/u;

/**
 * Ids already made, by role or name: a story names its sources and people
 * again and again, and an id made afresh each time cost a fold, a replace
 * and, as a new string, a flattening and a hash at each lookup of the person.
 */
const sourceIds = new BoundedMemo<string, string>(1000);
const personIds = new BoundedMemo<string, string>(10_000);

/** "source:<role>", spaces as hyphens. */
function sourceId(role: string): string {
  let id = sourceIds.get(role);
  if (id === undefined) {
    id = `source:${role.replace(/ /g, '-')}`;
    sourceIds.set(role, id);
  }
  return id;
}

/** "person:<folded name>", spaces as hyphens. */
function personId(name: string): string {
  let id = personIds.get(name);
  if (id === undefined) {
    id = `person:${foldKey(name).replace(/ /g, '-')}`;
    personIds.set(name, id);
  }
  return id;
}

/**
 * People: titled names ("Colonel Fateh Hasoun", "العقيد فاتح حسون"), names
 * with a role ("Hussam Salamah, a commander of ..."), speakers ("X told
 * SMART"), and anonymous sources as roles ("a military source", "مصدر عسكري").
 * `skip(start, end)` says a span is an organisation or place already.
 */
export function findPeople(
  text: string,
  folded: FoldedText,
  words: FoldedWords,
  paragraphs: readonly number[],
  skip: (start: number, end: number) => boolean,
): FoundPerson[] {
  const people = new Map<string, FoundPerson>();
  const add = collector(text, paragraphs, skip, people);
  // the English patterns all need Latin letters, the Arabic ones Arabic letters: a story in one language skips the other's
  if (/[A-Za-z]/.test(text)) {
    const keyed = keyWordStarts(text, folded, words);
    englishNamed(text, keyed, add);
    englishAnonymous(text, keyed, add);
  }
  if (/[\u0600-\u06FF]/.test(text)) {
    arabicNamed(text, skip, add);
    arabicAnonymous(text, add);
  }
  laterMentionsBySurname(text, paragraphs, people);
  return [...people.values()];
}

/** A finding, before its mentions and whether it is quoted are known. */
type Finding = Omit<FoundPerson, 'mentions' | 'quoted'>;
type AddFinding = (p: Finding, start: number, end: number) => void;

/** Adds findings to `people`: a person found again gains a mention, and what the new finding knows. */
function collector(
  text: string,
  paragraphs: readonly number[],
  skip: (start: number, end: number) => boolean,
  people: Map<string, FoundPerson>,
): AddFinding {
  return (p, start, end) => {
    if (!p.anonymous && skip(start, end)) return;
    const existing = people.get(p.id);
    if (existing) {
      // once quoted, always quoted: no need to read this sentence for speech
      existing.quoted ||= quotedAt(text, start);
      if (!existing.mentions.some((m) => m.start < end && start < m.end))
        existing.mentions.push(mentionOf(text, paragraphs, start, end));
      existing.title ??= p.title;
      existing.affiliationText ??= p.affiliationText;
      if (existing.role === 'person' && p.role !== 'person') existing.role = p.role;
      return;
    }
    // the finding itself becomes the person, keys in the same order as a copy's: V8 copied
    // these literals by spread on its slow path and left the copies slow to update, ~12 µs a person
    people.set(
      p.id,
      Object.assign(p, { quoted: quotedAt(text, start), mentions: [mentionOf(text, paragraphs, start, end)] }),
    );
  };
}

/** Names with a role ("Hussam Salamah, a commander of ..."), titled names, and speakers ("X told SMART"). */
function englishNamed(text: string, keyed: KeyWordStarts, add: AddFinding): void {
  for (const m of anchoredMatches(text, offsetsOf(text, APPOSITIVE_COMMA), APPOSITIVE_AT_COMMA)) {
    const titled = TITLE_BEFORE_NAME_EN.exec(m[1]);
    const name = titled ? m[1].slice(titled[0].length) : m[1];
    if (name.split(/\s+/).length < 2) continue;
    const start = m.index + (titled ? titled[0].length : 0);
    add(
      {
        id: personId(name),
        name,
        ...(titled ? { title: titled[1] } : {}),
        role: m[2],
        ...(m[3] ? { affiliationText: m[3].trim() } : {}),
        anonymous: false,
      },
      start,
      start + name.length,
    );
  }
  for (const m of text.matchAll(TITLED_EN)) {
    const start = m.index + m[0].length - m[2].length;
    add(
      { id: personId(m[2]), name: m[2], title: m[1], role: titleRole(m[1]), anonymous: false },
      start,
      start + m[2].length,
    );
  }
  for (const m of anchoredMatches(text, keyed.said, SAID_AT_VERB)) {
    if (/^(The|A|An|He|She|They|It|This|That|SMART)\b/.test(m[1])) continue;
    add({ id: personId(m[1]), name: m[1], role: 'person', anonymous: false }, m.index, m.index + m[1].length);
  }
}

/** Anonymous sources as roles: "a military source", "local activists", "a field commander", SMART's correspondent. */
function englishAnonymous(text: string, keyed: KeyWordStarts, add: AddFinding): void {
  for (const m of anchoredMatches(text, keyed.anonymous, ANONYMOUS_AT_NOUN)) {
    const role = `${(m[1] ?? '').trim().toLowerCase()} ${m[2].toLowerCase()}`.trim();
    add({ id: sourceId(role), role, anonymous: true }, m.index, m.index + m[0].length);
  }
  for (const m of anchoredMatches(text, keyed.anonymousPlural, ANONYMOUS_PLURAL_AT_NOUN)) {
    const plural = m[2].toLowerCase();
    const singular = plural === 'witnesses' ? 'witness' : plural.replace(/s$/, '');
    const role = `${m[1].toLowerCase()} ${singular}`.replace(/^local activist$/, 'activist');
    add({ id: sourceId(role), role, anonymous: true }, m.index, m.index + m[0].length);
  }
  for (const m of anchoredMatches(text, keyed.anonymousCommander, ANONYMOUS_COMMANDER_AT_NOUN)) {
    if (/[A-Z][a-z]+\s+[A-Z][a-z'’-]+,\s*$/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue; // "Name Surname, a field commander": named
    const role = `${m[1].toLowerCase()} ${m[2].toLowerCase()}`;
    add({ id: sourceId(role), role, anonymous: true }, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(CORRESPONDENT_EN)) {
    add(
      { id: 'source:smart-correspondent', role: 'SMART correspondent', anonymous: true },
      m.index,
      m.index + m[0].length,
    );
  }
}

/** Titled names: "العقيد فاتح حسون", "القيادي في ... حسام سلامة". */
function arabicNamed(text: string, skip: (start: number, end: number) => boolean, add: AddFinding): void {
  for (const m of notAfterLetter(text, TITLED_AR)) {
    const found = arabicNameAfter(text, m.index + m[0].length, skip);
    if (!found) continue;
    add(
      {
        id: personId(found.name),
        name: found.name,
        title: m[1],
        role: titleRole(m[1]),
        ...(found.affiliation ? { affiliationText: found.affiliation } : {}),
        anonymous: false,
      },
      found.start,
      found.start + found.name.length,
    );
  }
}

/** Anonymous sources as roles: "مصدر عسكري", "قائد ميداني", "ناشطون", "شهود عيان". */
function arabicAnonymous(text: string, add: AddFinding): void {
  for (const m of notAfterLetter(text, ANONYMOUS_AR)) {
    if ((m[1] === 'قائد' || m[1] === 'قيادي') && m[2] !== 'ميداني' && m[2] !== 'عسكري') continue;
    if (m[1] === 'قائد' || m[1] === 'قيادي') {
      const role = m[2] === 'ميداني' ? 'field commander' : 'military commander';
      add({ id: sourceId(role), role, anonymous: true }, m.index, m.index + m[0].length);
      continue;
    }
    const role = m[1].startsWith('مراسل')
      ? 'SMART correspondent'
      : m[1].startsWith('ناشط')
        ? 'activist'
        : m[1] === 'شهود عيان'
          ? 'witness'
          : m[1] === 'أحد السكان'
            ? 'resident'
            : (ROLE_AR[m[2] ?? 'خاص'] ?? 'source');
    add(
      {
        id: role === 'SMART correspondent' ? 'source:smart-correspondent' : sourceId(role),
        role,
        anonymous: true,
      },
      m.index,
      m.index + m[0].length,
    );
  }
}

/** Later mentions by surname: "Salamah confirmed ...". */
function laterMentionsBySurname(text: string, paragraphs: readonly number[], people: Map<string, FoundPerson>): void {
  for (const person of people.values()) {
    if (!person.name || /[\u0600-\u06FF]/.test(person.name)) continue;
    const surname = person.name.split(/\s+/).pop()!;
    if (surname.length < 4) continue;
    const stem = surname.replace(/h$/, '');
    for (const [start, end] of surnameMatches(text, stem)) {
      if (!person.mentions.some((x) => start >= x.start && start < x.end))
        person.mentions.push(mentionOf(text, paragraphs, start, end));
    }
    person.mentions.sort((a, b) => a.start - b.start);
  }
}

/** The role a title gives, where it is not the title itself in lower case. */
const TITLE_ROLES: Record<string, string> = {
  القيادي: 'commander',
  القائد: 'commander',
  'القائد العسكري': 'military commander',
  المتحدث: 'spokesman',
  'المتحدث الرسمي': 'spokesman',
  الناطق: 'spokesman',
  الناشط: 'activist',
  'الناشط الإعلامي': 'media activist',
  الطبيب: 'doctor',
  مدير: 'director',
  رئيس: 'head',
  عضو: 'member',
  المسؤول: 'official',
  الإعلامي: 'journalist',
  الصحفي: 'journalist',
  المراسل: 'correspondent',
};

function titleRole(title: string): string {
  const t = title.replace(/\.$/, '');
  return TITLE_ROLES[t] ?? t.toLowerCase();
}

const NON_SPACE_RUN = /\S+/gu;
const LETTER_RUN = /[\p{L}\u0640]+/gu;

/**
 * The matches of a global pattern that never matches empty, in a stretch of
 * text, read as they are needed: the name after a title is its first few
 * words, and reading every word of the stretch after every title was most
 * of the cost of finding Arabic names.
 */
class MatchReader {
  constructor(
    private readonly s: string,
    private readonly pattern: RegExp,
  ) {
    pattern.lastIndex = 0;
  }

  next(): RegExpExecArray | null {
    return this.pattern.exec(this.s);
  }
}

/**
 * The name after an Arabic title, past a "في <organisation>" or "باسم <organisation>":
 * two words, three when the first is "أبو" or "عبد".
 */
function arabicNameAfter(
  text: string,
  from: number,
  skip: (start: number, end: number) => boolean,
): { name: string; start: number; affiliation?: string } | undefined {
  let at = from;
  let affiliation: string | undefined;
  const rest = text.slice(at, at + 120);
  const via = /^(?:باسم|في|لدى)\s+|^ب(?=\S)/u.exec(rest);
  if (via) {
    // the organisation: up to the first word that is not inside a known organisation/place span
    let end = at + via[0].length;
    const words = new MatchReader(text.slice(end, end + 100), NON_SPACE_RUN);
    let consumed = end;
    for (let w = words.next(); w; w = words.next()) {
      const ws = end + w.index;
      if (skip(ws, ws + w[0].length) || /^(?:حركة|جيش|فيلق|لواء|فرقة|غرفة|عمليات|تنظيم|هيئة|"|«)/u.test(w[0]))
        consumed = ws + w[0].length;
      else break;
    }
    if (consumed === end) return undefined;
    affiliation = text.slice(end, consumed).trim();
    at = consumed;
    end = consumed;
  }
  const words = new MatchReader(text.slice(at, at + 80), LETTER_RUN);
  let first = words.next();
  // "القيادي في الجيش الحر العقيد نسيم أبو عرة": a second title before the name
  while (first && TITLE_WORD_AR.test(first[0])) first = words.next();
  const second = first && words.next();
  if (!first || !second) return undefined;
  // a given name does not carry the article: "مدير النقطة الطبية" names no one
  if (STOP_AR.has(first[0]) || /[^\u0600-\u06FF]/.test(first[0]) || /^ال/u.test(first[0])) return undefined;
  const compound = [first, second].some((w) => /^(?:أبو|ابو|عبد|بن)$/u.test(w[0]));
  const third = compound ? words.next() : null;
  if (compound && !third) return undefined;
  const parts = third ? [first, second, third] : [first, second];
  if (parts.some((p) => STOP_AR.has(p[0]) || /^(?:لـ|ل)?"?سمارت/u.test(p[0]))) return undefined;
  const gap = text.slice(at + parts[0].index + parts[0][0].length, at + parts[1].index);
  if (!/^\s+$/u.test(gap)) return undefined;
  const start = at + first.index;
  const last = parts[parts.length - 1];
  const name = text.slice(start, at + last.index + last[0].length);
  if (skip(start, start + name.length)) return undefined;
  return { name, start, ...(affiliation ? { affiliation } : {}) };
}

/** . ! ? ؟ and a line break: compared as code units, since this runs over every sentence a person is named in. */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x0a;
}

/** Whether the sentence holding offset `at` reports speech ("said", "قال"). */
function quotedAt(text: string, at: number): boolean {
  return SPEECH.test(sentenceAround(text, at));
}

function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}
