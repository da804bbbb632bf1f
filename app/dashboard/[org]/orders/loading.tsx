import { Skeleton } from '@/components/ui/skeleton';

/** The orders list while it loads. */
export default function OrdersLoading() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-96 w-full" />
      <span className="sr-only" role="status">
        Loading orders
      </span>
    </div>
  );
}
