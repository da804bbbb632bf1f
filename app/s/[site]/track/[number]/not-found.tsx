import { PackageSearch } from 'lucide-react';
import { TrackingNumberForm } from '@/components/storefront/tracking/tracking-number-form';

/** An unknown tracking number (or another store's): say so and let the shopper try again. */
export default function TrackingNotFound() {
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-6 px-4 py-10 sm:px-6">
      <div className="flex flex-col items-center gap-3 text-center">
        <PackageSearch aria-hidden="true" className="size-10 text-muted-foreground" />
        <h1 className="text-2xl font-semibold tracking-tight">We could not find that delivery</h1>
        <p className="text-muted-foreground">Check the tracking number in your email. It starts with TRK and has 8 more letters and digits.</p>
      </div>
      <TrackingNumberForm />
    </div>
  );
}
