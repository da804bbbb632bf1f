import type { Metadata } from 'next';
import { CategoryForm } from '@/components/catalog/categories/category-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { listCategoryOptions } from '@/lib/catalog/categories/list-category-options';
import { orgPageContext } from '@/lib/server/page-context';
import { firstParam, type SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'New category' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** A new category; `?parent=<id>` (from "Add a subcategory") picks its parent. */
export default async function NewCategoryPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const back = { href: `/dashboard/${ctx.org.slug}/categories`, label: 'Back to categories' };
  if (!ctx.can('catalog.manage')) return <Forbidden action={back} />;
  const options = await listCategoryOptions(ctx);
  const parent = firstParam((await searchParams).parent);
  const parentId = parent && options.some((o) => o.id === parent) ? parent : '';
  const parentPath = options.find((o) => o.id === parentId)?.path;

  return (
    <>
      <PageHeader
        title={parentPath ? `New subcategory of ${parentPath}` : 'New category'}
        description="You can add an image once it is created."
      />
      <CategoryForm
        mode="create"
        slug={ctx.org.slug}
        parentOptions={options}
        defaultValues={{ name: '', slug: '', parentId, description: '', metaTitle: '', metaDescription: '', isActive: true }}
      />
    </>
  );
}
