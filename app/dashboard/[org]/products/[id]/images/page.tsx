import type { Metadata } from 'next';
import { ImageIcon } from 'lucide-react';
import { ImageGallery } from '@/components/catalog/images/image-gallery';
import { ImageUploader } from '@/components/catalog/images/image-uploader';
import { Forbidden } from '@/components/dashboard/forbidden';
import { EmptyState } from '@/components/ui/empty-state';
import { listProductImages } from '@/lib/catalog/images/list-product-images';
import { MAX_IMAGES_PER_PRODUCT } from '@/lib/catalog/images/schemas';
import { orNotFound } from '@/lib/server/not-found';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Images' };

/** The Images tab: upload, order, primary image and alt text. */
export default async function ProductImagesPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: orgSlug, id } = await params;
  const ctx = await orgPageContext(orgSlug);
  if (!ctx.can('catalog.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const images = await orNotFound(listProductImages(ctx, id));
  const canManage = ctx.can('catalog.manage');

  return (
    <section aria-labelledby="images-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="images-heading" className="text-base font-semibold">
          Images ({images.length} of {MAX_IMAGES_PER_PRODUCT})
        </h2>
        <p className="text-sm text-muted-foreground">
          The primary image shows in lists and first on the product page; the others follow in this order. Alt text describes an image to people who
          cannot see it.
        </p>
      </div>
      {canManage && <ImageUploader slug={ctx.org.slug} productId={id} existing={images.length} />}
      {images.length === 0 ? (
        <EmptyState
          icon={ImageIcon}
          title="No images yet"
          description={
            canManage ? 'Add a few photos: the first one becomes the primary image.' : 'Someone who manages the catalog can add photos here.'
          }
        />
      ) : (
        <ImageGallery slug={ctx.org.slug} productId={id} images={images} canManage={canManage} />
      )}
    </section>
  );
}
