import { refusalOf } from '../intake-refusal.test-helper';
import { parseNinjs } from './ninjs.parser';

const DAMASCUS = { timeZone: 'Asia/Damascus' };
const json = (item: object): string => JSON.stringify(item);

describe('parseNinjs on a text item with a description and no body', () => {
  const alert = {
    uri: 'urn:wire:alert:1',
    type: 'text',
    language: 'en',
    versionCreated: '2019-03-03T14:05:00Z',
    headlines: [{ role: 'main', value: 'Clashes reported in Daraa' }],
    descriptions: [
      { role: 'summary', contentType: 'text/plain', value: 'Clashes broke out in Daraa on Sunday, activists said.' },
    ],
  };

  it('takes the description (3.x descriptions) as the body and flags the story a brief', () => {
    expect(parseNinjs(json(alert), DAMASCUS)).toMatchObject({
      headline: 'Clashes reported in Daraa',
      paragraphs: ['Clashes broke out in Daraa on Sunday, activists said.'],
      intakeNotes: { dateSource: 'item', brief: true },
    });
  });

  it('prefers an HTML description, sanitised, as it prefers an HTML body', () => {
    const html = {
      ...alert,
      descriptions: [
        { contentType: 'text/plain', value: 'Plain.' },
        { contentType: 'text/html', value: '<p onclick="x()">Clashes broke out in <b>Daraa</b>.</p>' },
      ],
    };
    expect(parseNinjs(json(html), DAMASCUS)).toMatchObject({
      html: '<p>Clashes broke out in <b>Daraa</b>.</p>',
      paragraphs: ['Clashes broke out in Daraa.'],
    });
  });

  it("reads 2.x's lower-case contenttype and 1.x's description_text and description_html", () => {
    const v2 = {
      ...alert,
      versionCreated: undefined,
      versioncreated: '2019-03-03T14:05:00Z',
      descriptions: [{ contenttype: 'text/plain', value: 'Two.' }],
    };
    expect(parseNinjs(json(v2), DAMASCUS)).toMatchObject({ paragraphs: ['Two.'], intakeNotes: { brief: true } });
    const v1 = {
      guid: 'tag:example.org,2014:1',
      versioncreated: '2014-02-13T11:56:59',
      headline: 'Regime shells Douma',
      description_text: 'The regime shelled the town.',
    };
    expect(parseNinjs(json(v1), DAMASCUS)).toMatchObject({
      paragraphs: ['The regime shelled the town.'],
      intakeNotes: { brief: true },
    });
    expect(parseNinjs(json({ ...v1, description_html: '<p>In HTML.</p>' }), DAMASCUS).paragraphs).toEqual(['In HTML.']);
  });

  it('is no brief when it has a body: the body wins over the description', () => {
    const full = { ...alert, bodies: [{ contentType: 'text/plain', value: 'The full story.' }] };
    const article = parseNinjs(json(full), DAMASCUS);
    expect(article.paragraphs).toEqual(['The full story.']);
    expect(article.intakeNotes?.brief).toBeUndefined();
  });

  it('still refuses an item with neither body nor description, naming bodies', () => {
    expect(refusalOf(() => parseNinjs(json({ ...alert, descriptions: [{ value: ' ' }] }), DAMASCUS))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'bodies',
    });
  });
});
