import { paragraphsOfHtml } from './html-paragraphs';
import { readStoryBody } from './story-body';
import { paragraphsOfText } from './text-paragraphs';

describe('paragraphsOfHtml', () => {
  it('makes one plain paragraph per block, entities decoded and whitespace normalised', () => {
    expect(
      paragraphsOfHtml(
        '<p>One &amp; <em>two</em>\n  three</p><ul><li>item</li></ul><h2>Head</h2><blockquote>quote</blockquote>',
      ),
    ).toEqual(['One & two three', 'item', 'Head', 'quote']);
  });

  it('ends a paragraph at a line break and drops empty blocks', () => {
    expect(paragraphsOfHtml('first line<br />second line<p> </p><p>third</p>')).toEqual([
      'first line',
      'second line',
      'third',
    ]);
  });
});

describe('paragraphsOfText', () => {
  it('splits at blank lines when the text has them', () => {
    expect(paragraphsOfText('One\nstill one.\n\n  Two.  \n \nThree.')).toEqual(['One still one.', 'Two.', 'Three.']);
  });

  it('splits at each line when the text has no blank line', () => {
    expect(paragraphsOfText('الفقرة الأولى.\r\nالفقرة الثانية.')).toEqual(['الفقرة الأولى.', 'الفقرة الثانية.']);
  });
});

describe('readStoryBody', () => {
  it('prefers the HTML rendition, keeping it sanitised beside the paragraphs', () => {
    expect(readStoryBody({ html: '<p onclick="x()">One</p><p>Two</p>', text: 'One Two' })).toEqual({
      paragraphs: ['One', 'Two'],
      html: '<p>One</p><p>Two</p>',
    });
  });

  it('falls back to the plain text when the HTML holds no text', () => {
    expect(readStoryBody({ html: '<script>alert(1)</script>', text: 'Plain.' })).toEqual({ paragraphs: ['Plain.'] });
  });

  it('has no html for a plain-text body', () => {
    expect(readStoryBody({ text: 'Plain.' }).html).toBeUndefined();
  });
});
