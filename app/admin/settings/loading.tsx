import { LoadingPage } from '@/components/ui/loading-page';
import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <LoadingPage label="Loading settings">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-96 w-full" />
    </LoadingPage>
  );
}
