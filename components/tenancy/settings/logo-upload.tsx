'use client';

import { Store } from 'lucide-react';
import { SingleImageUpload } from '@/components/forms/single-image-upload';
import { removeOrganizationLogoAction, uploadOrganizationLogoAction } from '@/lib/tenancy/organizations/actions';
import { UploadLogoInput } from '@/lib/tenancy/organizations/schemas';

/** Logo: pick an image and it uploads at once (checked again on the server by its bytes); or remove it. */
export function LogoUpload({ slug, logoUrl, organizationName }: { slug: string; logoUrl: string | null; organizationName: string }) {
  return (
    <SingleImageUpload
      imageUrl={logoUrl}
      alt={`${organizationName} logo`}
      noun="logo"
      fileLabel="Logo file"
      description="PNG, JPEG, WebP or GIF, up to 2 MB. A square image works best."
      placeholderIcon={Store}
      frameClassName="size-24"
      imageClassName="object-contain"
      check={(file) => {
        const checked = UploadLogoInput.safeParse({ file });
        return checked.success ? null : (checked.error.issues[0]?.message ?? 'Choose an image file.');
      }}
      upload={(file) => {
        const data = new FormData();
        data.set('file', file);
        return uploadOrganizationLogoAction(slug, data);
      }}
      remove={() => removeOrganizationLogoAction(slug, {})}
      removeDescription="Your storefront will show your business name instead until you upload a new one."
    />
  );
}
