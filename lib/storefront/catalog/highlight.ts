/**
 * Highlighted text from the database: HTML-escaped first, then `<mark>`…`</mark>` added
 * around matches (search-products.ts). It is parsed here into plain segments, so the page
 * renders React text nodes and never sets HTML from a string.
 */
export type HighlightSegment = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescape(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}

export function highlightSegments(html: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) segments.push({ text: unescape(part), marked });
  }
  return segments;
}
