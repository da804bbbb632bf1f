import Image from 'next/image';
import Link from 'next/link';
import { Shapes } from 'lucide-react';
import type { CategoryTile } from '@/lib/storefront/catalog/get-home-catalog';
import { categoryHref } from './breadcrumbs';

/** The store's top categories as image tiles (a neutral icon when a category has no image). */
export function CategoryTiles({ categories }: { categories: CategoryTile[] }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {categories.map((c) => (
        <li key={c.id}>
          <Link href={categoryHref(c.slug)} className="group flex flex-col gap-2 rounded-lg">
            <span className="relative flex aspect-[4/3] items-center justify-center overflow-hidden rounded-lg border bg-muted text-muted-foreground">
              {c.imageUrl ? (
                <Image
                  src={c.imageUrl}
                  alt=""
                  fill
                  unoptimized
                  sizes="(min-width: 1024px) 25vw, 50vw"
                  className="object-cover transition-transform group-hover:scale-105"
                />
              ) : (
                <Shapes aria-hidden="true" className="size-8" />
              )}
            </span>
            <span className="font-medium group-hover:underline">{c.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
