'use client';

import { useEffect } from 'react';
import { TriangleAlert } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** A dashboard page failed to render: say so, keep the frame, offer a retry. */
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 rounded-lg border border-dashed px-6 py-12 text-center">
      <div className="flex size-12 items-center justify-center rounded-full bg-muted">
        <TriangleAlert aria-hidden="true" className="size-6 text-muted-foreground" />
      </div>
      <h1 className="text-xl font-semibold tracking-tight">This page could not be loaded</h1>
      <p className="text-sm text-muted-foreground">Something went wrong on our side. Try again; if it keeps happening, contact support{digest ? ` and mention ${digest}` : ''}.</p>
      <Button variant="outline" onClick={() => retry()}>
        Try again
      </Button>
    </section>
  );
}
