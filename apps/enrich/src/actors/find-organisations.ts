import { ACTORS, Actor } from '@news/glossary';
import { FoldedText } from '../matching/fold';
import { Mention, mentionOf } from '../matching/paragraphs';
import { PhraseHit, PhraseMatcher } from '../matching/phrase-matcher';

export interface FoundOrganisation {
  actor: Actor;
  confidence: number;
  mentions: Mention[];
}

export interface Alias {
  actor: Actor;
  /** Set for an acronym: the text must be exactly this, case included. */
  exact?: string;
}

/** Every form of every actor, from the glossary's actor list (the desk's source of truth). */
export function actorMatcher(actors: readonly Actor[] = ACTORS): PhraseMatcher<Alias> {
  return new PhraseMatcher(actorPhrases(actors));
}

export function actorPhrases(actors: readonly Actor[] = ACTORS): [string, Alias][] {
  const phrases: [string, Alias][] = [];
  for (const actor of actors) {
    const plain: Alias = { actor };
    for (const form of [actor.en.preferred, ...actor.en.variants, ...(actor.en.forbidden ?? [])])
      phrases.push([form, plain]);
    for (const form of [actor.ar.preferred, ...actor.ar.variants]) phrases.push([form, plain]);
    for (const acronym of actor.acronyms ?? []) phrases.push([acronym, { actor, exact: acronym }]);
  }
  return phrases;
}

/** Organisations and armed actors named in the text, by alias. */
export function findOrganisations(
  text: string,
  folded: FoldedText,
  paragraphs: readonly number[],
  matcher: PhraseMatcher<Alias>,
  /** Hits of a matcher run already (enrich runs one pass for places and actors). */
  hits: readonly PhraseHit<Alias>[] = matcher.find(folded),
): FoundOrganisation[] {
  const found = new Map<string, FoundOrganisation>();
  for (const hit of hits) {
    const written = text.slice(hit.start, hit.end);
    const alias = hit.entries.find((a) => a.exact === undefined || a.exact === written);
    if (!alias) continue;
    let entry = found.get(alias.actor.id);
    if (!entry) {
      entry = { actor: alias.actor, confidence: 0.95, mentions: [] };
      found.set(alias.actor.id, entry);
    }
    entry.mentions.push(mentionOf(text, paragraphs, hit.start, hit.end));
  }
  return [...found.values()];
}
