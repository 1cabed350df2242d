import { Article, Enrichment } from '@news/contracts';
import { detectLanguage } from '@news/text';
import { lookUpPlace } from '../places/gazetteer';

/**
 * What enrich can honestly say today: whether the text is in the language
 * the feed declared, how long it is, and where a known dateline is. Entities,
 * dates and topics come with the enrichment issue; nothing here guesses.
 */
export function enrichArticle(article: Article): Article {
  const text = plainText(article);
  const detected = detectLanguage(`${article.headlines[0].value}\n${text}`).language;
  const place = article.newsroom.dateline ? lookUpPlace(article.newsroom.dateline.place) : undefined;
  const enrichment: Enrichment = {
    detectedLanguage: detected,
    languageMatchesDeclared: detected === article.language.split('-')[0],
    wordCount: text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    paragraphCount: text.split(/\n\s*\n/).filter((p) => p.trim()).length,
    ...(place
      ? {
          datelinePlace: {
            name: place.name,
            latitude: place.latitude,
            longitude: place.longitude,
            source: 'gazetteer' as const,
          },
        }
      : {}),
  };
  return { ...article, newsroom: { ...article.newsroom, enrichment } };
}

function plainText(article: Article): string {
  const body =
    article.bodies.find((b) => !b.contentType || b.contentType.startsWith('text/plain')) ?? article.bodies[0];
  return body.value;
}
