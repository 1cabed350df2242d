import { readFileSync } from 'fs';
import { join } from 'path';
import { refusalOf } from '../intake-refusal.test-helper';
import { parseDocument } from '../parse-document';

const PARIS = { timeZone: 'Europe/Paris' };
const REAL_FEEDS = join(__dirname, '../../../../../test/fixtures/real-feeds');

function newsItem(id: string, headline: string, content: string, extra = ''): string {
  return `<NewsItem>
    <Identification><NewsIdentifier>
      <ProviderId>afp.com</ProviderId><DateId>20240710</DateId><NewsItemId>${id}</NewsItemId>
      <PublicIdentifier>urn:newsml:afp.com:20240710:${id}:1</PublicIdentifier>
    </NewsIdentifier></Identification>
    <NewsManagement>
      <FirstCreated>20240710T120000Z</FirstCreated>
      <ThisRevisionCreated>20240710T125902Z</ThisRevisionCreated>
    </NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>${headline}</HeadLine><ByLine>Par Jeanne Dupont</ByLine></NewsLines>
      <DescriptiveMetadata><Language FormalName="fr"/></DescriptiveMetadata>
      ${extra}
      <NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent>${content}</DataContent></ContentItem></NewsComponent>
    </NewsComponent>
  </NewsItem>`;
}

function newsMl(...items: string[]): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?><NewsML Version="1.2"><NewsEnvelope/>${items.join('')}</NewsML>`,
  );
}

function parse(document: Buffer) {
  return parseDocument(document, 'application/xml', PARIS);
}

describe('parseNewsMl1 on an AFP-style NewsItem with <p> in its DataContent', () => {
  const [story] = parse(
    newsMl(newsItem('a1', 'Décès de Naomi Musenga', '<p>Premier paragraphe.</p><p>Second.</p>')),
  ).stories;

  it('reads the PublicIdentifier as guid, the HeadLine, and ThisRevisionCreated', () => {
    expect(story).toMatchObject({
      guid: 'urn:newsml:afp.com:20240710:a1:1',
      headline: 'Décès de Naomi Musenga',
      publishedAt: '2024-07-10T12:59:02.000Z',
      byline: 'Par Jeanne Dupont',
    });
  });

  it('reads the body as HTML and the declared language', () => {
    expect(story.paragraphs).toEqual(['Premier paragraphe.', 'Second.']);
    expect(story.html).toBe('<p>Premier paragraphe.</p><p>Second.</p>');
    expect(story.declaredLanguage).toBe('fr');
  });
});

describe('parseNewsMl1 on bodies of other kinds', () => {
  it('reads NITF inside DataContent by its body.content', () => {
    const nitf = '<nitf><body><body.content><p>Texte NITF.</p></body.content></body></nitf>';
    expect(parse(newsMl(newsItem('n1', 'Titre', nitf))).stories[0].paragraphs).toEqual(['Texte NITF.']);
  });

  it('reads plain text by its blank lines', () => {
    expect(parse(newsMl(newsItem('t1', 'Titre', 'Un.\n\nDeux.'))).stories[0].paragraphs).toEqual(['Un.', 'Deux.']);
  });

  it('takes the component whose Role is Body, not the headline or contact components beside it', () => {
    const xhtml = (text: string): string =>
      `<html xmlns="http://www.w3.org/1999/xhtml"><body><p>${text}</p></body></html>`;
    const component = (role: string, text: string): string =>
      `<NewsComponent><Role FormalName="${role}"/><ContentItem><MimeType FormalName="text/xhtml"/><DataContent>${xhtml(text)}</DataContent></ContentItem></NewsComponent>`;
    const item = newsItem('b1', 'Titre', '', component('HeadLine', 'Titre') + component('Body', 'Le corps.'));
    expect(parse(newsMl(item)).stories[0].paragraphs).toEqual(['Le corps.']);
  });
});

describe('parseNewsMl1 on several NewsItems', () => {
  it('gives one story per NewsItem and refuses a bad one on its own', () => {
    const { stories, refused } = parse(
      newsMl(newsItem('g1', 'Bon', '<p>Texte.</p>'), newsItem('g2', '', '<p>Texte.</p>')),
    );
    expect(stories.map((s) => s.guid)).toEqual(['urn:newsml:afp.com:20240710:g1:1']);
    expect(refused).toMatchObject([
      {
        index: 1,
        guid: 'urn:newsml:afp.com:20240710:g2:1',
        code: 'UNUSABLE',
        pointer: '/NewsML/NewsItem[2]/NewsComponent/NewsLines/HeadLine',
      },
    ]);
  });

  it('refuses a NewsML document with no NewsItem', () => {
    expect(refusalOf(() => parse(newsMl()))).toMatchObject({ code: 'UNUSABLE', pointer: '/NewsML/NewsItem' });
  });
});

describe('the real NewsML 1 documents', () => {
  const real = (file: string) => parse(readFileSync(join(REAL_FEEDS, 'newsml-1', file)));

  it("reads AFP's Latin-1 item in French", () => {
    const [story] = real('afp-naomi-musenga-latin1.xml').stories;
    expect(story).toMatchObject({
      guid: 'urn:newsml:afp.com:20240710:240710125902.qpsp2jzk:1',
      headline: "Décès de Naomi Musenga: l'opératrice du Samu définitivement condamnée",
      publishedAt: '2024-07-10T12:59:02.000Z',
      declaredLanguage: 'fr',
    });
    expect(story.paragraphs).toHaveLength(11);
  });

  it("reads Business Wire's Body component, not its headline, logo or contact components", () => {
    const [story] = real('businesswire-cambrios-zh.xml').stories;
    expect(story.headline).toBe('Cambrios被Gartner評選為「最酷供應商」');
    expect(story.declaredLanguage).toBe('zh');
    expect(story.paragraphs.length).toBeGreaterThan(1);
    expect(story.paragraphs[0]).not.toBe(story.headline);
  });
});
