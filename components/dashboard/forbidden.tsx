import Link from 'next/link';
import { ShieldX } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

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
    <EmptyState
      as="h1"
      icon={ShieldX}
      eyebrow="403 · Forbidden"
      title={title}
      description={description}
      action={
        action && (
          <Link href={action.href} className={buttonVariants({ variant: 'outline' })}>
            {action.label}
          </Link>
        )
      }
      className="mx-auto w-full max-w-lg"
    />
  );
}
