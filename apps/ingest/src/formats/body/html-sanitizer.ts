import sanitizeHtml from 'sanitize-html';

/** The only markup a stored body may carry (the allowlist). */
export const BODY_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h2',
  'h3',
  'h4',
] as const;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...BODY_TAGS],
  // href only: event handlers, styles and classes all go.
  allowedAttributes: { a: ['href'] },
  // javascript:, data: and vbscript: links lose their href (the text stays).
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Dropped tags keep their text except these, whose content is code or chrome.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'title',
    'head',
    'iframe',
    'object',
    'svg',
    'math',
  ],
  transformTags: {
    // A div or section used as a paragraph would otherwise run into the
    // next one ("TwoThree"); a line break keeps them apart and costs a
    // wrapper div nothing but an empty line.
    div: 'br',
    section: 'br',
    article: 'br',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
  },
};

// Breaks and blanks at a block's edge (left by wrapper divs and indentation)
// render as nothing; they go so the stored HTML reads cleanly. Safe on
// sanitize-html's output, which writes each allowed tag one canonical way.
// A split and plain loops, not a backtracking regex: bodies come from outside.
const BLOCK_EDGE = /(<\/?(?:p|ul|ol|li|blockquote|h[234])>)/;
const BREAK = '<br />';

/** Any HTML a feed sent → HTML with the allowlisted tags and safe links only. */
export function sanitizeBodyHtml(html: string): string {
  const parts = sanitizeHtml(html, OPTIONS).split(BLOCK_EDGE);
  // Odd parts are the edges themselves; even parts lie between two edges (or an end).
  return parts.map((part, i) => (i % 2 === 1 ? part : trimBreaks(part))).join('');
}

function trimBreaks(text: string): string {
  let start = 0;
  let end = text.length;
  for (;;) {
    if (start < end && /\s/.test(text[start])) start += 1;
    else if (text.startsWith(BREAK, start) && start + BREAK.length <= end) start += BREAK.length;
    else break;
  }
  for (;;) {
    if (end > start && /\s/.test(text[end - 1])) end -= 1;
    else if (end - BREAK.length >= start && text.endsWith(BREAK, end)) end -= BREAK.length;
    else break;
  }
  return text.slice(start, end);
}
