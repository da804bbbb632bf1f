import type { Metadata } from 'next';
import Link from 'next/link';
import { FolderTree, Plus } from 'lucide-react';
import { CategoryTree } from '@/components/catalog/categories/category-tree';
import { Forbidden } from '@/components/dashboard/forbidden';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listCategoryTree } from '@/lib/catalog/categories/list-category-tree';
import { flattenTree } from '@/lib/catalog/categories/tree';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Categories' };

/** The category tree: order, nesting, status and product counts at a glance. */
export default async function CategoriesPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('catalog.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const slug = ctx.org.slug;
  const canManage = ctx.can('catalog.manage');
  const tree = await listCategoryTree(ctx);
  const total = flattenTree(tree).length;
  const newCategory = canManage && (
    <Link href={`/dashboard/${slug}/categories/new`} className={buttonVariants()}>
      <Plus aria-hidden="true" />
      New category
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Categories"
        description={total === 0 ? 'Group your products so shoppers can browse them.' : `${total} ${total === 1 ? 'category' : 'categories'}, as shoppers browse them.`}
        actions={newCategory}
      />
      {tree.length === 0 ? (
        <EmptyState
          icon={FolderTree}
          title="No categories yet"
          description="Categories become your storefront’s menu and category pages. Nest them as deep as you like, such as Clothing › Shirts › Linen."
          action={newCategory}
        />
      ) : (
        <Card>
          <CardContent className="p-3 sm:p-6">
            <CategoryTree slug={slug} tree={tree} canManage={canManage} />
          </CardContent>
        </Card>
      )}
    </>
  );
}
