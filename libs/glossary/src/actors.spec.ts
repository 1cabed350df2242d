import { ACTORS, actorGlossaryTerms } from './actors';
import { normalizeTerm } from './glossary-term';

describe('ACTORS', () => {
  it('gives every actor a unique stable id and a name in both languages', () => {
    expect(new Set(ACTORS.map((a) => a.id)).size).toBe(ACTORS.length);
    for (const a of ACTORS) {
      expect(a.id).toMatch(/^actor:[a-z0-9-]+$/);
      expect(a.en.preferred).not.toBe('');
      expect(a.ar.preferred).toMatch(/[\u0600-\u06FF]/);
      if (a.wikidata) expect(a.wikidata).toMatch(/^Q\d+$/);
    }
  });

  it('becomes glossary terms the desk accepts: no spelling both accepted and forbidden', () => {
    for (const term of actorGlossaryTerms()) expect(() => normalizeTerm(term)).not.toThrow();
  });
});
