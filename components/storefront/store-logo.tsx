import Image from 'next/image';
import { Avatar } from '@/components/ui/avatar';
import type { Organization } from '@/db/schema';
import { cn } from '@/lib/utils/cn';

/** The store's uploaded logo, or its initials on the brand colour. Decorative: the name sits beside it. */
export function StoreLogo({ org, className }: { org: Pick<Organization, 'name' | 'logoKey'>; className?: string }) {
  if (org.logoKey) {
    return (
      <Image
        src={`/api/files/${encodeURIComponent(org.logoKey)}`}
        alt=""
        width={40}
        height={40}
        unoptimized
        className={cn('size-10 shrink-0 rounded-md object-cover', className)}
      />
    );
  }
  return <Avatar name={org.name} shape="square" className={cn('size-10 bg-brand text-sm font-bold text-brand-foreground', className)} />;
}
