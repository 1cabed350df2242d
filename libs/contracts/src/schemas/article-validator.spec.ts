import { anArticle } from '@news/testing';
import { ContractViolation, assertValidArticle, isValidArticle } from './article-validator';

function withHtml(value: string) {
  const article = anArticle();
  return { ...article, bodies: [...article.bodies, { role: 'main', contentType: 'text/html', value }] };
}

describe('the article contract', () => {
  it('takes sanitised HTML', () => {
    expect(
      isValidArticle(withHtml('<p>Three killed in <b>Idlib</b>; see <a href="https://x.example/">more</a>.</p>')),
    ).toBe(true);
  });

  it.each([
    ['<p>x</p><script>alert(1)</script>', 'a script element'],
    ['<p>x<img src=x onerror=alert(1)></p>', 'an event handler attribute'],
    ['<p><a href="javascript:alert(1)">x</a></p>', 'a javascript: URL'],
  ])('refuses an HTML body carrying active content: %s', (html, what) => {
    expect(isValidArticle(withHtml(html))).toBe(false);
    expect(() => assertValidArticle(withHtml(html))).toThrow(ContractViolation);
    expect(() => assertValidArticle(withHtml(html))).toThrow(new RegExp(`/bodies/1/value holds ${what}`));
  });

  it('leaves plain-text bodies that talk about scripts alone', () => {
    const article = anArticle();
    const text = {
      ...article,
      bodies: [{ role: 'main', contentType: 'text/plain', value: 'The <script> tag and onload= were found.' }],
    };
    expect(isValidArticle(text)).toBe(true);
  });
});
