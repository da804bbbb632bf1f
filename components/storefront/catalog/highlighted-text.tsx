import { highlightSegments } from '@/lib/storefront/catalog/highlight';

/** Text with search matches in <mark>, rendered as React text (never as HTML). */
export function HighlightedText({ html }: { html: string }) {
  return (
    <>
      {highlightSegments(html).map((s, i) =>
        s.marked ? (
          <mark key={i} className="rounded-sm bg-warning/30 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
