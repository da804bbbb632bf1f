import Link from 'next/link';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { buttonVariants } from './button';

type PaginationProps = { page: number; totalPages: number; className?: string } & (
  | {
      /** Path the links point at, e.g. "/admin/orders". */
      basePath: string;
      /** Current query (other filters are preserved; empty ones are left out); `page` is replaced. */
      searchParams?: Record<string, string | undefined>;
    }
  | {
      /** Or the link of each page, built by the caller (for queries a flat record cannot hold, like repeated keys). */
      href: (page: number) => string;
    }
);

export function pageHref(basePath: string, searchParams: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (value !== undefined && value !== '' && key !== 'page') query.set(key, value);
  }
  query.set('page', String(page));
  return `${basePath}?${query.toString()}`;
}

/** Page numbers to show: first, last, current ±1, with 'ellipsis' gaps. */
export function pageItems(page: number, totalPages: number): (number | 'ellipsis')[] {
  const pages = new Set([1, totalPages, page - 1, page, page + 1]);
  if (page <= 3) [2, 3, 4].forEach((p) => pages.add(p));
  if (page >= totalPages - 2) [totalPages - 3, totalPages - 2, totalPages - 1].forEach((p) => pages.add(p));
  const sorted = [...pages].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b);
  const items: (number | 'ellipsis')[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) items.push(p - prev === 2 ? p - 1 : 'ellipsis');
    items.push(p);
  });
  return items;
}

const edgeClass = cn(buttonVariants({ variant: 'outline', size: 'sm' }), 'h-10 gap-1 px-3');

/** Server-compatible pagination. Renders nothing when there is at most one page. */
export function Pagination(props: PaginationProps) {
  const { page: rawPage, totalPages, className } = props;
  if (totalPages <= 1) return null;
  const page = Math.min(Math.max(1, Math.trunc(rawPage) || 1), totalPages);
  const href = 'href' in props ? props.href : (p: number) => pageHref(props.basePath, props.searchParams ?? {}, p);
  const edge = (target: number, enabled: boolean, children: React.ReactNode, rel: 'prev' | 'next') =>
    enabled ? (
      <Link href={href(target)} rel={rel} className={edgeClass}>
        {children}
      </Link>
    ) : (
      <span aria-disabled="true" className={edgeClass}>
        {children}
      </span>
    );

  return (
    <nav aria-label="Pagination" className={cn('flex flex-wrap items-center justify-between gap-3', className)}>
      <p className="text-sm text-muted-foreground">
        Page {page} of {totalPages}
      </p>
      <ul className="flex items-center gap-1">
        <li>{edge(page - 1, page > 1, <><ChevronLeft aria-hidden="true" />Previous</>, 'prev')}</li>
        {pageItems(page, totalPages).map((item, i) => (
          <li key={item === 'ellipsis' ? `e${i}` : item} className="hidden sm:block">
            {item === 'ellipsis' ? (
              <span aria-hidden="true" className="inline-flex size-10 items-center justify-center text-muted-foreground">
                …
              </span>
            ) : (
              <Link
                href={href(item)}
                aria-label={`Page ${item}`}
                aria-current={item === page ? 'page' : undefined}
                className={cn(
                  buttonVariants({ variant: item === page ? 'outline' : 'ghost', size: 'icon' }),
                  item === page && 'border-primary font-semibold',
                )}
              >
                {item}
              </Link>
            )}
          </li>
        ))}
        <li>{edge(page + 1, page < totalPages, <>Next<ChevronRight aria-hidden="true" /></>, 'next')}</li>
      </ul>
    </nav>
  );
}
