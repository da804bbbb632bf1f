import { Skeleton } from '@/components/ui/skeleton';

export default function CartLoading() {
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-8" aria-busy="true">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Your cart</h1>
      <p className="sr-only" role="status">
        Loading your cart…
      </p>
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_22rem] lg:gap-10">
        <div className="flex flex-col divide-y border-y">
          {[0, 1].map((i) => (
            <div key={i} className="flex gap-3 py-4 sm:gap-4">
              <Skeleton className="size-20 shrink-0 sm:size-24" />
              <div className="flex flex-1 flex-col gap-2">
                <Skeleton className="h-4 w-2/3" />
                <Skeleton className="h-4 w-1/3" />
                <Skeleton className="h-10 w-36" />
              </div>
            </div>
          ))}
        </div>
        <Skeleton className="h-48 w-full" />
      </div>
    </div>
  );
}
