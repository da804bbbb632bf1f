import { LoadingPage } from '@/components/ui/loading-page';
import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <LoadingPage label="Loading users">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-96 w-full" />
    </LoadingPage>
  );
}
