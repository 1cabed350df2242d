import { Article } from '@news/contracts';
import { plainText } from '@news/text';

/**
 * The article's paragraphs as plain text: the text/plain body split at blank
 * lines, else the HTML body's text split at its paragraphs. Pages print text,
 * never a feed's markup, so nothing a sender wrote can run in a reader's page.
 */
export function paragraphsOf(article: Article): string[] {
  const plain = article.bodies.find((b) => (b.contentType ?? 'text/plain') === 'text/plain');
  const paragraphs = plain
    ? plain.value.split(/\n\s*\n/)
    : (article.bodies[0]?.value ?? '').split(/<\/p\s*>|<br\s*\/?>/i).map(plainText);
  return paragraphs.map((p) => p.trim()).filter((p) => p !== '');
}

export function headlineOf(article: Article): string {
  return (article.headlines.find((h) => h.role === 'main') ?? article.headlines[0])?.value ?? '';
}

/** A summary for Open Graph and feeds: the first paragraph, cut at a word near `max` characters. */
export function summaryOf(article: Article, max = 280): string {
  const first = paragraphsOf(article)[0] ?? '';
  if (first.length <= max) return first;
  const cut = first.lastIndexOf(' ', max);
  return `${first.slice(0, cut > max / 2 ? cut : max)}…`;
}
