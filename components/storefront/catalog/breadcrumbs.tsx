import Link from 'next/link';
import { ChevronRight } from 'lucide-react';

export type BreadcrumbLink = { label: string; href: string };

/** Home › … › the current page (not a link, marked as the current page). */
export function Breadcrumbs({ trail, current }: { trail: BreadcrumbLink[]; current: string }) {
  const items = [{ label: 'Home', href: '/' }, ...trail];
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-muted-foreground">
        {items.map((item) => (
          <li key={item.href} className="flex items-center gap-1">
            <Link href={item.href} className="rounded-sm hover:text-foreground hover:underline">
              {item.label}
            </Link>
            <ChevronRight aria-hidden="true" className="size-3.5" />
          </li>
        ))}
        <li aria-current="page" className="font-medium text-foreground">
          {current}
        </li>
      </ol>
    </nav>
  );
}

export const categoryHref = (slug: string) => `/c/${encodeURIComponent(slug)}`;
