import { LoadingPage } from '@/components/ui/loading-page';
import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <LoadingPage label="Loading admins">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-10 w-full max-w-md" />
      <Skeleton className="h-72 w-full" />
    </LoadingPage>
  );
}
