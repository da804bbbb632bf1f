import Link from 'next/link';
import { ShieldX } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';

type ForbiddenProps = {
  title?: string;
  description?: React.ReactNode;
  /** Where to go instead (e.g. the overview, or /courier). */
  action?: { href: string; label: string };
};

/**
 * What a member sees on a page their role does not allow (the 403 of the dashboard): a clear
 * explanation and a way on, never a crash or an empty page.
 */
export function Forbidden({
  title = 'You do not have access to this page',
  description = 'Your role in this organization does not include it. Ask an owner or admin if you need access.',
  action,
}: ForbiddenProps) {
  return (
    <section
      aria-labelledby="forbidden-title"
      data-status="403"
      className="mx-auto flex max-w-lg flex-col items-center gap-4 rounded-lg border border-dashed px-6 py-12 text-center"
    >
      <div className="flex size-12 items-center justify-center rounded-full bg-muted">
        <ShieldX aria-hidden="true" className="size-6 text-muted-foreground" />
      </div>
      <p className="text-sm font-semibold text-muted-foreground">403 · Forbidden</p>
      <h1 id="forbidden-title" className="text-xl font-semibold tracking-tight">
        {title}
      </h1>
      <p className="text-sm text-muted-foreground">{description}</p>
      {action && (
        <Link href={action.href} className={buttonVariants({ variant: 'outline' })}>
          {action.label}
        </Link>
      )}
    </section>
  );
}
