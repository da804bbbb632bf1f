import { ShoppingBag } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { storefrontPageContext, type SiteParams } from '@/lib/storefront/page-context';

/** The store's front page: who they are, and (until the catalog module exists) an honest empty shelf. */
export default async function StorefrontHomePage({ params }: { params: SiteParams }) {
  const { org } = await storefrontPageContext((await params).site);
  return (
    <>
      <section className="bg-brand text-brand-foreground">
        <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16">
          {org.category && <p className="text-sm font-medium opacity-90">{org.category}</p>}
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{org.name}</h1>
          {org.description && <p className="mt-3 max-w-2xl text-lg text-pretty opacity-95">{org.description}</p>}
        </div>
      </section>
      <section aria-labelledby="products" className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6">
        <h2 id="products" className="text-xl font-semibold tracking-tight">
          Products
        </h2>
        <EmptyState
          className="mt-4"
          icon={ShoppingBag}
          title="This store has no products yet"
          description={`When ${org.name} adds products, you will find them here.`}
        />
      </section>
    </>
  );
}
