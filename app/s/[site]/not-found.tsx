import Link from 'next/link';
import { Button } from '@/components/ui/button';

/** A path that does not exist inside an existing store (the store's own frame stays around it). */
export default function StorefrontPageNotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-1 flex-col items-center justify-center gap-4 px-4 py-16 text-center">
      <p className="text-sm font-semibold text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">This page does not exist</h1>
      <p className="text-muted-foreground">The link may be mistyped, or the page may have moved.</p>
      <Button asChild>
        <Link href="/">Back to the store</Link>
      </Button>
    </div>
  );
}
