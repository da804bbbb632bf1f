export type EmailLink = { href: string; text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(value: string) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[entity.toLowerCase()] ?? match;
  });
}

/**
 * The links of an email's HTML (http(s) only), each once, with its visible text, so a
 * tester can follow a verification or invitation link without opening the message body.
 */
export function extractEmailLinks(html: string): EmailLink[] {
  const links: EmailLink[] = [];
  const seen = new Set<string>();
  for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(match[1] ?? '');
    const raw = href?.[1] ?? href?.[2] ?? href?.[3];
    if (!raw) continue;
    const url = decodeEntities(raw.trim());
    if (!/^https?:\/\//i.test(url) || seen.has(url)) continue;
    seen.add(url);
    const text = decodeEntities((match[2] ?? '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    links.push({ href: url, text: text || url });
  }
  return links;
}
