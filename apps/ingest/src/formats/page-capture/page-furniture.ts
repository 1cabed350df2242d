import { LinkedStory } from '@news/contracts';
import { foldArabic } from '@news/text';
import { isCreditDateLine } from './credit-line';

// Headings the site prints under the story, compared folded (الاخبار/الأخبار).
const RELATED_HEADING = foldArabic('الأخبار المتعلقة');
const PREVIOUS_MARKER = foldArabic('الخبر السابق');
const NEXT_MARKER = foldArabic('الخبر التالي');

type LineKind = 'related' | 'previous' | 'next' | 'credit' | 'text';

export interface StoryLinks {
  previous?: LinkedStory;
  next?: LinkedStory;
  related: LinkedStory[];
}

export interface BodyAndLinks {
  paragraphs: string[];
  links: StoryLinks;
}

/**
 * Splits the lines after the dateline into the story's paragraphs and the
 * page furniture that follows them: the related-news list, the repeated
 * credit line, and the previous/next story links.
 */
export function splitFurniture(lines: readonly string[]): BodyAndLinks {
  const furnitureStart = lines.findIndex((line) => kindOf(line) !== 'text');
  if (furnitureStart < 0) return { paragraphs: [...lines], links: { related: [] } };
  return { paragraphs: lines.slice(0, furnitureStart), links: readLinks(lines.slice(furnitureStart)) };
}

function kindOf(line: string): LineKind {
  if (isCreditDateLine(line)) return 'credit';
  const folded = foldArabic(line);
  if (folded === RELATED_HEADING) return 'related';
  if (folded === PREVIOUS_MARKER) return 'previous';
  if (folded === NEXT_MARKER) return 'next';
  return 'text';
}

/**
 * Related headlines run from their heading to the next marker; the previous
 * and next headlines are the one line after their marker. Other lines in the
 * furniture (share buttons and the like) are dropped.
 */
function readLinks(furniture: readonly string[]): StoryLinks {
  const links: StoryLinks = { related: [] };
  let section: LineKind = 'text';
  for (const line of furniture) {
    const kind = kindOf(line);
    if (kind !== 'text') {
      section = kind;
    } else if (section === 'related') {
      links.related.push({ headline: line });
    } else if (section === 'previous' || section === 'next') {
      links[section] = { headline: line };
      section = 'text';
    }
  }
  return links;
}
