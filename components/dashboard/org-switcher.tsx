'use client';

import Link from 'next/link';
import { Check, ChevronsUpDown, Plus } from 'lucide-react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { cn } from '@/lib/utils/cn';
import { ROLE_LABELS } from '@/components/tenancy/role-labels';
import type { MemberRole } from '@/db/schema';

export type SwitcherOrganization = { slug: string; name: string; role: MemberRole };

function OrgMark({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn('flex size-8 shrink-0 items-center justify-center rounded-md bg-primary text-sm font-semibold text-primary-foreground', className)}
    >
      {name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}

/** The organizations the user belongs to, with their role there, and a way to create another. */
export function OrgSwitcher({ current, organizations }: { current: SwitcherOrganization; organizations: SwitcherOrganization[] }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex w-full min-w-0 items-center gap-3 rounded-md border bg-background p-2 text-left transition-colors hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
        aria-label={`Organization: ${current.name}. Switch organization`}
      >
        <OrgMark name={current.name} />
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="truncate text-sm font-semibold">{current.name}</span>
          <span className="truncate text-xs text-muted-foreground">{ROLE_LABELS[current.role]}</span>
        </span>
        <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" collisionPadding={8} className="w-(--radix-dropdown-menu-trigger-width) min-w-64">
        <DropdownMenuLabel>Your organizations</DropdownMenuLabel>
        <DropdownMenuGroup>
          {organizations.map((org) => {
            const isCurrent = org.slug === current.slug;
            return (
              <DropdownMenuItem key={org.slug} asChild className="min-h-11">
                <Link href={org.role === 'courier' ? '/courier' : `/dashboard/${org.slug}`} aria-current={isCurrent ? 'page' : undefined}>
                  <OrgMark name={org.name} className="size-7 text-xs" />
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="truncate">{org.name}</span>
                    <span className="truncate text-xs text-muted-foreground">{ROLE_LABELS[org.role]}</span>
                  </span>
                  {isCurrent && <Check aria-label="Current" className="text-primary" />}
                </Link>
              </DropdownMenuItem>
            );
          })}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild className="min-h-10">
          <Link href="/onboarding">
            <Plus aria-hidden="true" className="text-muted-foreground" />
            Create organization
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
