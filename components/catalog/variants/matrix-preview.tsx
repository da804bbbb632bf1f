import { combinations, optionKey } from '@/lib/catalog/variants/matrix';
import { MAX_VARIANTS, matrixSize } from '@/lib/catalog/variants/schemas';
import { cn } from '@/lib/utils/cn';

type Props = { options: { name: string; values: string[] }[]; existingKeys: string[]; id?: string };

/** "Size (3) × Colour (2) = 6 variants: 2 kept, 4 new, 1 removed", updated as the options change. */
export function MatrixPreview({ options, existingKeys, id }: Props) {
  const filled = options.filter((o) => o.values.length > 0);
  const size = matrixSize(filled);
  const tooMany = size > MAX_VARIANTS;
  let summary = '';
  if (!tooMany) {
    const wanted = new Set(combinations(filled.map((o) => ({ name: o.name.trim(), values: o.values }))).map(optionKey));
    const kept = existingKeys.filter((key) => wanted.has(key)).length;
    const removed = existingKeys.length - kept;
    summary = [`${kept} kept`, `${wanted.size - kept} new`, removed > 0 ? `${removed} removed` : null].filter(Boolean).join(', ');
  }
  return (
    <p id={id} aria-live="polite" className={cn('text-sm', tooMany ? 'font-medium text-destructive' : 'text-muted-foreground')}>
      {filled.length === 0 ? (
        'No options: the product has a single default variant.'
      ) : (
        <>
          {filled.map((o, i) => `${i > 0 ? ' × ' : ''}${o.name.trim() || `Option ${i + 1}`} (${o.values.length})`).join('')} ={' '}
          <strong className="font-semibold text-foreground">
            {size} variant{size === 1 ? '' : 's'}
          </strong>
          {tooMany ? ` — the limit is ${MAX_VARIANTS}.` : ` (${summary}).`}
        </>
      )}
    </p>
  );
}
