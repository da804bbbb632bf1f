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
import { Avatar } from '@/components/ui/avatar';
import { ROLE_LABELS } from '@/components/tenancy/role-labels';
import type { MemberRole } from '@/db/schema';

export type SwitcherOrganization = { slug: string; name: string; role: MemberRole };

/** The organizations the user belongs to, with their role there, and a way to create another. */
export function OrgSwitcher({ current, organizations }: { current: SwitcherOrganization; organizations: SwitcherOrganization[] }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex w-full min-w-0 items-center gap-3 rounded-md border bg-background p-2 text-left transition-colors hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
        aria-label={`Organization: ${current.name}. Switch organization`}
      >
        <Avatar name={current.name} shape="square" />
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
              <DropdownMenuItem key={org.slug} asChild>
                <Link href={org.role === 'courier' ? '/courier' : `/dashboard/${org.slug}`} aria-current={isCurrent ? 'page' : undefined}>
                  <Avatar name={org.name} shape="square" className="size-7" />
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="truncate">{org.name}</span>
                    <span className="truncate text-xs text-muted-foreground">{ROLE_LABELS[org.role]}</span>
                  </span>
                  {isCurrent && <Check aria-hidden="true" className="text-primary" />}
                </Link>
              </DropdownMenuItem>
            );
          })}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/onboarding">
            <Plus aria-hidden="true" className="text-muted-foreground" />
            Create organization
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
