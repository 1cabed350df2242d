import { Article, Enrichment, NewsEvent, Organisation, Person, Place } from '@news/contracts';
import { detectLanguage } from '@news/text';
import { Alias, FoundOrganisation, actorMatcher, actorPhrases, findOrganisations } from '../actors/find-organisations';
import { FoundCount, findCounts } from '../counts/find-counts';
import { FoldedWords } from '../counts/folded-words';
import { FoundDate, findDates } from '../dates/find-dates';
import { fold } from '../matching/fold';
import { Mention, paragraphStarts } from '../matching/paragraphs';
import { PhraseHit, PhraseMatcher } from '../matching/phrase-matcher';
import { FoundPerson, findPeople } from '../people/find-people';
import { FoundPlace, findPlaces } from '../places/find-places';
import { GazetteerPlace, gazetteer } from '../places/gazetteer';
import { findTopics } from '../topics/find-topics';

type Entities = NonNullable<Enrichment['entities']>;

/** The zone the feeds date their stories in (SMART files from Syria); relative dates resolve in it. */
export const DEFAULT_FEED_TIME_ZONE = 'Asia/Damascus';

type Entry = { place: GazetteerPlace } | { alias: Alias };

let actors: ReturnType<typeof actorMatcher> | undefined;
let entities: PhraseMatcher<Entry> | undefined;

/** One automaton over every place and actor spelling: one pass over the text finds both, longest first. */
function entityMatcher(): PhraseMatcher<Entry> {
  entities ??= new PhraseMatcher<Entry>([
    ...gazetteer().places.flatMap((place) => place.names.map((n) => [n, { place }] as const)),
    ...actorPhrases().map(([phrase, alias]) => [phrase, { alias }] as const),
  ]);
  return entities;
}

/** A phrase's entries told apart: the places it names, the actors it names. */
interface SplitEntries {
  places: GazetteerPlace[];
  aliases: Alias[];
}

/**
 * Each phrase's entries told apart once, by the matcher's list for the
 * phrase (the same array at every hit): telling them apart at each hit made
 * two arrays a hit, and a story has some seventy hits.
 */
const splitEntries = new Map<readonly Entry[], SplitEntries>();

function entriesOf(entries: readonly Entry[]): SplitEntries {
  let split = splitEntries.get(entries);
  if (!split) {
    split = { places: [], aliases: [] };
    for (const entry of entries) {
      if ('place' in entry) split.places.push(entry.place);
      else split.aliases.push(entry.alias);
    }
    splitEntries.set(entries, split);
  }
  return split;
}

/** The automaton's hits told apart: place names for the gazetteer, actor names for the actor list. */
function split(hits: readonly PhraseHit<Entry>[]): {
  places: PhraseHit<GazetteerPlace>[];
  aliases: PhraseHit<Alias>[];
} {
  const places: PhraseHit<GazetteerPlace>[] = [];
  const aliases: PhraseHit<Alias>[] = [];
  for (const { entries, start, end } of hits) {
    const named = entriesOf(entries);
    if (named.places.length) places.push({ entries: named.places, start, end });
    if (named.aliases.length) aliases.push({ entries: named.aliases, start, end });
  }
  return { places, aliases };
}

/** Every mention of the places or organisations found: plain loops, since `flatMap` cost ~10 µs a story here. */
function mentionsOf(found: readonly { mentions: readonly Mention[] }[]): Mention[] {
  const mentions: Mention[] = [];
  for (const { mentions: theirs } of found) for (const m of theirs) mentions.push(m);
  return mentions;
}

/** What enrich finds in one text, before it is written into the article. */
export interface TextFacts {
  places: FoundPlace[];
  organisations: FoundOrganisation[];
  people: FoundPerson[];
  dates: FoundDate[];
  counts: FoundCount[];
}

/** Finds places, actors, people, dates and counts in a plain text. Pure; the dictionaries load once. */
export function findFacts(
  text: string,
  published: string,
  datelinePlace?: string,
  timeZone = DEFAULT_FEED_TIME_ZONE,
): TextFacts {
  const g = gazetteer();
  actors ??= actorMatcher();
  const folded = fold(text);
  const paragraphs = paragraphStarts(text);
  // people, dates and counts all read the folded words
  const words = new FoldedWords(folded);
  const hits = split(entityMatcher().find(folded));
  const organisations = findOrganisations(text, folded, paragraphs, actors, hits.aliases);
  const places = findPlaces(
    text,
    folded,
    paragraphs,
    g,
    datelinePlace ? g.lookUp(datelinePlace) : undefined,
    hits.places,
  );
  const taken = mentionsOf([...organisations, ...places]);
  const people = findPeople(text, folded, words, paragraphs, (s, e) => taken.some((m) => s < m.end && m.start < e));
  const dates = findDates(text, folded, paragraphs, published, timeZone, words);
  const counts = findCounts(text, folded, paragraphs, words);
  return { places, organisations, people, dates, counts };
}

/**
 * Language, length, the dateline's place, and the entities of the text:
 * places into ninjs `places`, actors into `organisations`, people into
 * `people`, counted events into `events`, IPTC topics into `subjects`, and
 * what ninjs has no field for into `newsroom.enrichment.entities`.
 */
export function enrichArticle(article: Article, timeZone = DEFAULT_FEED_TIME_ZONE): Article {
  const text = plainText(article);
  const detected = detectLanguage(`${article.headlines[0].value}\n${text}`).language;
  const dateline = article.newsroom.dateline ? gazetteer().lookUp(article.newsroom.dateline.place) : undefined;
  const facts = findFacts(text, article.firstCreated, article.newsroom.dateline?.place, timeZone);
  const entities = toEntities(facts, article.firstCreated, timeZone);
  const enrichment: Enrichment = {
    detectedLanguage: detected,
    languageMatchesDeclared: detected === article.language.split('-')[0],
    wordCount: text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    paragraphCount: text.split(/\n\s*\n/).filter((p) => p.trim()).length,
    ...(dateline
      ? {
          datelinePlace: {
            name: dateline.nameEn,
            latitude: dateline.latitude,
            longitude: dateline.longitude,
            source: 'gazetteer' as const,
          },
        }
      : {}),
    entities,
  };
  const agencySubjects = (article.subjects ?? []).filter(
    (s) => !s.uri?.startsWith('http://cv.iptc.org/newscodes/mediatopic/'),
  );
  const topics = findTopics(agencySubjects, {
    armedActors: facts.organisations.filter((o) => o.actor.kind !== 'media' && o.actor.kind !== 'organisation').length,
    casualtyCounts: facts.counts.length,
    text,
  });
  return {
    ...article,
    subjects: [...agencySubjects, ...topics],
    places: facts.places.map(ninjsPlace),
    organisations: facts.organisations.map(ninjsOrganisation),
    people: facts.people.filter((p) => p.name).map(ninjsPerson),
    events: ninjsEvents(entities.counts),
    newsroom: { ...article.newsroom, enrichment },
  };
}

function toEntities(facts: TextFacts, published: string, timeZone: string): Entities {
  // the place mentioned nearest after the count in its sentence ("killed in shelling on Saraqib"), else before
  const placeAt = (sentence: [number, number], at: number) =>
    facts.places
      .flatMap((p) =>
        p.mentions.map((m) => ({ id: p.place.id, distance: m.start >= at ? m.start - at : 1e6 + at - m.start, m })),
      )
      .filter(({ m }) => m.start >= sentence[0] && m.end <= sentence[1])
      .sort((a, b) => a.distance - b.distance)[0]?.id;
  const actorsIn = (sentence: [number, number]) =>
    facts.organisations
      .filter((o) => o.actor.kind !== 'media' && o.mentions.some((m) => m.start >= sentence[0] && m.end <= sentence[1]))
      .map((o) => o.actor.id);
  const dateIn = (sentence: [number, number]) =>
    facts.dates.find((d) => d.mention.start >= sentence[0] && d.mention.end <= sentence[1])?.value;
  const publishedDay = new Date(published).toLocaleDateString('sv-SE', { timeZone });
  return {
    places: facts.places.map(({ place, confidence, mentions, relative }) => ({
      id: place.id,
      nameEn: place.nameEn,
      ...(place.nameAr ? { nameAr: place.nameAr } : {}),
      featureType: place.featureType,
      ...(place.geonamesId ? { geonamesId: place.geonamesId } : {}),
      latitude: place.latitude,
      longitude: place.longitude,
      ...(place.governorate ? { governorate: place.governorate } : {}),
      ...(place.district ? { district: place.district } : {}),
      confidence,
      mentions,
      ...(relative.length ? { relative } : {}),
    })),
    organisations: facts.organisations.map(({ actor, confidence, mentions }) => ({
      id: actor.id,
      nameEn: actor.en.preferred,
      nameAr: actor.ar.preferred,
      ...(actor.wikidata ? { wikidata: actor.wikidata } : {}),
      kind: actor.kind,
      confidence,
      mentions,
    })),
    people: facts.people.map((p) => {
      const affiliation = p.mentions.length
        ? facts.organisations.find((o) =>
            o.mentions.some((m) => p.affiliationText !== undefined && p.affiliationText.includes(m.text)),
          )?.actor.id
        : undefined;
      return {
        id: p.id,
        ...(p.name ? { name: p.name } : {}),
        ...(p.title ? { title: p.title } : {}),
        role: p.role,
        ...(affiliation ? { affiliation } : {}),
        anonymous: p.anonymous,
        quoted: p.quoted,
        mentions: p.mentions,
      };
    }),
    dates: facts.dates.map(({ phrase, value, precision, part, relative, mention }) => ({
      phrase,
      value,
      precision,
      ...(part ? { part } : {}),
      relative,
      mention,
    })),
    counts: facts.counts.map((c) => {
      const [actor1, actor2] = actorsIn(c.sentence);
      const place = placeAt(c.sentence, c.evidence.start);
      return {
        category: c.category,
        value: c.value,
        approximate: c.approximate,
        ...(c.who ? { who: c.who } : {}),
        eventType: c.eventType,
        subEventType: c.subEventType,
        ...(actor1 ? { actor1 } : {}),
        ...(actor2 ? { actor2 } : {}),
        ...(place ? { place } : {}),
        date: dateIn(c.sentence) ?? publishedDay,
        evidence: c.evidence,
        confidence: c.confidence,
      };
    }),
  };
}

function ninjsPlace({ place, mentions }: FoundPlace): Place {
  return {
    name: mentions[0].text,
    rel: 'mentioned',
    uri: place.geonamesId ? `https://sws.geonames.org/${place.geonamesId}/` : `urn:newsroom:place:${place.id.slice(3)}`,
    literal: place.id,
    geoJSON: { type: 'Point', coordinates: [place.longitude, place.latitude] },
  };
}

function ninjsOrganisation({ actor, mentions }: FoundOrganisation): Organisation {
  return {
    name: mentions[0].text,
    rel: 'mentioned',
    uri: actor.wikidata ? `http://www.wikidata.org/entity/${actor.wikidata}` : `urn:newsroom:${actor.id}`,
    literal: actor.id,
  };
}

function ninjsPerson(p: FoundPerson): Person {
  return { name: p.name!, rel: p.quoted ? 'quoted-source' : 'mentioned', literal: p.id };
}

function ninjsEvents(counts: Entities['counts']): NewsEvent[] {
  const byKey = new Map<string, NewsEvent>();
  for (const c of counts) {
    const key = `${c.eventType}|${c.subEventType}|${c.place ?? ''}|${c.date ?? ''}`;
    if (byKey.has(key)) continue;
    byKey.set(key, {
      id: `event:${byKey.size + 1}`,
      name: `${c.eventType}: ${c.subEventType}${c.place ? ` (${c.place})` : ''}${c.date ? `, ${c.date}` : ''}`,
      rel: 'reported',
      literal: `acled:${c.subEventType}`,
    });
  }
  return [...byKey.values()];
}

function plainText(article: Article): string {
  const body =
    article.bodies.find((b) => !b.contentType || b.contentType.startsWith('text/plain')) ?? article.bodies[0];
  return body.value;
}
