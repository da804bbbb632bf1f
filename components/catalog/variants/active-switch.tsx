'use client';

import { useRunAction } from '@/components/forms/use-run-action';
import { updateVariantAction } from '@/lib/catalog/variants/actions';
import { cn } from '@/lib/utils/cn';

/** Turns one variant on or off for shoppers, at once. */
export function ActiveSwitch({ slug, variantId, variantName, isActive }: { slug: string; variantId: string; variantName: string; isActive: boolean }) {
  const { pending, execute } = useRunAction({
    run: () => updateVariantAction(slug, { variantId, isActive: !isActive }),
    successMessage: `${variantName} ${isActive ? 'hidden from' : 'available in'} the store`,
    refresh: 'always',
  });
  return (
    <button
      type="button"
      role="switch"
      aria-checked={isActive}
      aria-label={`${variantName} is sold`}
      aria-busy={pending || undefined}
      disabled={pending}
      onClick={execute}
      className={cn(
        'relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border-2 border-transparent transition-colors disabled:cursor-wait disabled:opacity-60',
        isActive ? 'bg-primary' : 'bg-input',
      )}
    >
      <span aria-hidden="true" className={cn('block size-5 rounded-full bg-background shadow transition-transform', isActive ? 'translate-x-5' : 'translate-x-0')} />
    </button>
  );
}
