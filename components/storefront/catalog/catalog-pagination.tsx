import Link from 'next/link';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { pageItems } from '@/components/ui/pagination';
import { cn } from '@/lib/utils/cn';

/**
 * Pagination for storefront lists, like components/ui/pagination but with the link of each
 * page built by the caller (category filters repeat `attr`, which a flat record cannot hold).
 */
export function CatalogPagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null;
  const edge = cn(buttonVariants({ variant: 'outline', size: 'sm' }), 'h-10 gap-1 px-3');
  const step = (target: number, enabled: boolean, rel: 'prev' | 'next', children: React.ReactNode) =>
    enabled ? (
      <Link href={href(target)} rel={rel} className={edge}>
        {children}
      </Link>
    ) : (
      <span aria-disabled="true" className={edge}>
        {children}
      </span>
    );
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted-foreground">
        Page {page} of {totalPages}
      </p>
      <ul className="flex items-center gap-1">
        <li>
          {step(
            page - 1,
            page > 1,
            'prev',
            <>
              <ChevronLeft aria-hidden="true" />
              Previous
            </>,
          )}
        </li>
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
        <li>
          {step(
            page + 1,
            page < totalPages,
            'next',
            <>
              Next
              <ChevronRight aria-hidden="true" />
            </>,
          )}
        </li>
      </ul>
    </nav>
  );
}
