import Link from 'next/link';
import { cn } from '@/lib/utils/cn';

/** "See plans and usage", after a plan-limit error. */
export function PlanLimitLink({ href, className }: { href: string; className?: string }) {
  return (
    <Link href={href} className={cn('font-medium underline underline-offset-4 hover:no-underline', className)}>
      See plans and usage
    </Link>
  );
}
