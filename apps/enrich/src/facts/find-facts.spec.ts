import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFacts } from './enrich-article';

const fixture = readFileSync(join(__dirname, '../../../../test/fixtures/smart-2018-02-13-idlib.txt'), 'utf8');
const body = fixture.slice(fixture.indexOf('On Tuesday'), fixture.indexOf('الاخبار المتعلقة')).trim();

describe('findFacts on the reference article', () => {
  const facts = findFacts(body, '2018-02-13T09:56:59.000Z', 'Idlib');

  it('finds the places the reader sees, with relative locations kept as text', () => {
    const ids = facts.places.map((p) => p.place.id);
    expect(ids).toEqual(
      expect.arrayContaining(['geonames:169389', 'geonames:167611', 'sy:khuwayn', 'sy:tamanah', 'sy:uqayribat']),
    );
    const idlib = facts.places.find((p) => p.place.id === 'geonames:169389')!;
    expect(idlib.relative).toEqual([{ text: '38 kilometers south of Idlib', distanceKm: 38, direction: 'south' }]);
  });

  it('finds the armed groups under every spelling the article uses', () => {
    const orgs = Object.fromEntries(facts.organisations.map((o) => [o.actor.id, o.mentions.map((m) => m.text)]));
    expect(orgs['actor:free-syrian-army']).toEqual(expect.arrayContaining(['Free Syrian Army', 'FSA']));
    expect(orgs['actor:hayat-tahrir-al-sham']).toEqual(expect.arrayContaining(['Hayat Tahrir-al-Sham', 'HTS']));
    expect(orgs['actor:islamic-state']).toEqual(expect.arrayContaining(['Islamic State', 'ISIS']));
    expect(orgs['actor:ahrar-al-sham']).toEqual(['Ahrar-al-Sham Islamist Movement']);
  });

  it('finds the quoted commander with his role, affiliation and later mentions by surname', () => {
    const salamah = facts.people.find((p) => p.name === 'Hussam Salamah')!;
    expect(salamah).toMatchObject({ role: 'commander', quoted: true, anonymous: false });
    expect(salamah.affiliationText).toMatch(/Ahrar-al-Sham/);
    expect(salamah.mentions.map((m) => m.text)).toEqual(['Hussam Salamah', 'Salama', 'Salamah', 'Salamah']);
    expect(facts.people.find((p) => p.name === 'Fateh Hasoun')).toMatchObject({ title: 'Colonel' });
  });

  it('resolves its dates against the publish date and reads the 400 captured', () => {
    expect(facts.dates.map((d) => [d.phrase, d.value])).toEqual([
      ['On Tuesday', '2018-02-13'],
      ['On Monday', '2018-02-12'],
      ['In late December 2017', '2017-12'],
    ]);
    expect(facts.counts.map((c) => [c.category, c.value, c.evidence.text])).toEqual([['captured', 400, '400 members']]);
  });
});

describe('findFacts on any text', () => {
  // the alphabet mixes the scripts, digits and marks the feeds send
  const pieces = [
    'Idlib',
    'إدلب',
    'بإدلب',
    'al-',
    'ISIS',
    ' ',
    '\n\n',
    ',',
    '٣٨',
    '1,500',
    'أربعة',
    'killed',
    'قتل',
    'On Tuesday',
    'يوم الثلاثاء',
    '\u0640',
    '\u064E',
    'é',
    '🕔',
    "'",
    'Maarrat al-Nu’man',
    'Hussam Salamah, a commander of Ahrar al-Sham',
    'القيادي في جيش الإسلام',
  ];

  it('never throws, and every mention is the text at its offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const facts = findFacts(text, '2018-02-13T09:56:59.000Z', 'Idlib');
        const mentions = [
          ...facts.places.flatMap((p) => p.mentions),
          ...facts.organisations.flatMap((o) => o.mentions),
          ...facts.people.flatMap((p) => p.mentions),
          ...facts.dates.map((d) => d.mention),
          ...facts.counts.map((c) => c.evidence),
        ];
        for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
  });
});
