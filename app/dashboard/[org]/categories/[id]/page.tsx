import type { Metadata } from 'next';
import Link from 'next/link';
import { ChevronLeft } from 'lucide-react';
import { CategoryDetails } from '@/components/catalog/categories/category-details';
import { CategoryForm } from '@/components/catalog/categories/category-form';
import { CategoryImageUpload } from '@/components/catalog/categories/category-image-upload';
import { DeleteCategoryButton } from '@/components/catalog/categories/delete-category-button';
import { MoveCategoryForm } from '@/components/catalog/categories/move-category-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { SettingsSection } from '@/components/tenancy/settings/settings-section';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { getCategory } from '@/lib/catalog/categories/get-category';
import { listCategoryOptions } from '@/lib/catalog/categories/list-category-options';
import { orNotFound } from '@/lib/server/not-found';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Category' };

type Props = { params: Promise<{ org: string; id: string }> };

/** One category: details and SEO, image, place in the tree, delete. */
export default async function CategoryPage({ params }: Props) {
  const { org, id } = await params;
  const ctx = await orgPageContext(org);
  const slug = ctx.org.slug;
  const listHref = `/dashboard/${slug}/categories`;
  if (!ctx.can('catalog.view')) return <Forbidden action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  const category = await orNotFound(getCategory(ctx, { id }));
  const canManage = ctx.can('catalog.manage');
  const path = [...category.ancestors.map((a) => a.name), category.name].join(' › ');

  return (
    <>
      <Link href={listHref} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft aria-hidden="true" className="size-4" />
        Categories
      </Link>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {category.name}
            <Badge variant={category.isActive ? 'success' : 'secondary'}>{category.isActive ? 'Active' : 'Inactive'}</Badge>
          </span>
        }
        description={`${path} · ${category.productCount === 1 ? '1 product' : `${category.productCount} products`}`}
      />
      {!canManage ? (
        <CategoryDetails category={category} />
      ) : (
        <>
          <SettingsSection id="category-image" title="Image" description="Shown on the category page and in category menus.">
            <CategoryImageUpload slug={slug} categoryId={category.id} categoryName={category.name} imageUrl={category.imageUrl} />
          </SettingsSection>
          <CategoryForm
            mode="edit"
            slug={slug}
            categoryId={category.id}
            defaultValues={{
              name: category.name,
              slug: category.slug,
              parentId: category.parentId ?? '',
              description: category.description ?? '',
              metaTitle: category.metaTitle ?? '',
              metaDescription: category.metaDescription ?? '',
              isActive: category.isActive,
            }}
          />
          <SettingsSection id="category-move" title="Place in the tree" description={`Now: ${path}.`}>
            <MoveCategoryForm slug={slug} categoryId={category.id} parentId={category.parentId} options={await listCategoryOptions(ctx)} />
          </SettingsSection>
          <SettingsSection id="category-delete" title="Delete" description="Its products are kept, without a category.">
            <div>
              <DeleteCategoryButton slug={slug} category={category} />
            </div>
          </SettingsSection>
        </>
      )}
    </>
  );
}
