import AhoCorasick from 'modern-ahocorasick';
import { fold, foldKey } from './fold';
import { PhraseMatcher } from './phrase-matcher';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>([
    ['Idlib', 'idlib'],
    ['Idlib countryside', 'idlib-gov'],
    ['القوات الروسية', 'russia'],
    ['إدلب', 'idlib'],
  ]);
  const find = (text: string) => matcher.find(fold(text)).map((h) => [h.entries[0], text.slice(h.start, h.end)]);

  it('prefers the longest phrase and maps offsets back to the text as written', () => {
    expect(find('shelling hit Idlib countryside and Idlib')).toEqual([
      ['idlib-gov', 'Idlib countryside'],
      ['idlib', 'Idlib'],
    ]);
  });

  it('matches after Arabic proclitics, including ل + ال written لل', () => {
    expect(find('قصفت للقوات الروسية وبإدلب')).toEqual([
      ['russia', 'للقوات الروسية'],
      ['idlib', 'إدلب'],
    ]);
  });

  it('matches whole words only', () => {
    expect(find('Idlibi fighters')).toEqual([]);
  });
});

describe('PhraseMatcher search', () => {
  it('finds what the package search finds, at the same end indexes', () => {
    const phrases = ['ادلب', 'معره النعمان', 'al khuwayn', 'idlib', 'hayat tahrir al sham', 'tahrir al sham'];
    const matcher = new PhraseMatcher(phrases.map((p) => [p, p] as const));
    const text = fold('قصف ادلب ومعرة النعمان, al-Khuwayn and Hayat Tahrir al-Sham in Idlib').text;
    const internals = matcher as unknown as { search(s: string): [number, string[]][] };
    // None of the phrases starts with ال, so the keys are the folded phrases alone.
    const packageSearch = new AhoCorasick(phrases.map(foldKey)).search(text);
    expect(internals.search(text)).toEqual(packageSearch);
    expect(packageSearch.length).toBeGreaterThan(4);
  });
});
