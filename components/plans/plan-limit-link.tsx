'use client';

import { usePathname } from 'next/navigation';
import Link from 'next/link';
import { cn } from '@/lib/utils/cn';
import { planSettingsHref } from './plan-settings-href';

/** "See plans and usage", after a plan-limit error. */
export function PlanLimitLink({ href, className }: { href: string; className?: string }) {
  return (
    <Link href={href} className={cn('font-medium underline underline-offset-4 hover:no-underline', className)}>
      See plans and usage
    </Link>
  );
}

/** The same link for the organization of the page being shown; nothing outside the dashboard. */
export function PlanLimitLinkHere() {
  const href = planSettingsHref(usePathname());
  return href ? (
    <>
      {' '}
      <PlanLimitLink href={href} />
    </>
  ) : null;
}
