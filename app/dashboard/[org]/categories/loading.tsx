import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div role="status" aria-label="Loading categories" className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <div className="flex flex-col gap-2 rounded-lg border p-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-14" style={{ marginLeft: `${(i % 3) * 1.5}rem` }} />
        ))}
      </div>
    </div>
  );
}
