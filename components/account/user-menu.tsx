'use client';

import { useRef } from 'react';
import Link from 'next/link';
import { LogOut, ShieldCheck, UserRound, type LucideIcon } from 'lucide-react';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { signOutAction } from '@/lib/account/actions';
import { displayName } from '@/lib/utils/names';

// Icons by name: server components pass the links, and components cannot cross that boundary.
const ICONS = { profile: UserRound, security: ShieldCheck } satisfies Record<string, LucideIcon>;

export type UserMenuLink = { href: string; label: string; icon: keyof typeof ICONS };

const DEFAULT_LINKS: UserMenuLink[] = [
  { href: '/account', label: 'Profile', icon: 'profile' },
  { href: '/account/security', label: 'Account security', icon: 'security' },
];

/**
 * The signed-in user's menu: who they are, account links, and sign-out. Sign-out is a
 * real form posting the server action; with JavaScript off, the <noscript> button
 * submits it.
 */
export function UserMenu({ user, links = DEFAULT_LINKS }: { user: { name: string | null; email: string }; links?: UserMenuLink[] }) {
  const signOutForm = useRef<HTMLFormElement>(null);
  return (
    <>
      <form ref={signOutForm} action={signOutAction} className="contents">
        <noscript>
          <Button type="submit" variant="ghost" size="sm">
            Sign out
          </Button>
        </noscript>
      </form>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" className="rounded-full" aria-label={`Account menu for ${displayName(user)}`}>
            <Avatar name={displayName(user)} />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" collisionPadding={8} className="w-64 max-w-[calc(100vw-1rem)]">
          <DropdownMenuLabel className="flex flex-col gap-0.5 py-2 font-normal">
            {user.name && <span className="truncate text-sm font-semibold text-foreground">{user.name}</span>}
            <span className="truncate text-xs text-muted-foreground">{user.email}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuGroup>
            {links.map((link) => {
              const Icon = ICONS[link.icon];
              return (
                <DropdownMenuItem key={link.href} asChild>
                  <Link href={link.href}>
                    <Icon aria-hidden="true" className="text-muted-foreground" />
                    {link.label}
                  </Link>
                </DropdownMenuItem>
              );
            })}
          </DropdownMenuGroup>
          <DropdownMenuSeparator />
          {/* The form lives outside the menu: the menu unmounts on select, which would cancel a submit from inside it. */}
          <DropdownMenuItem onSelect={() => signOutForm.current?.requestSubmit()}>
            <LogOut aria-hidden="true" className="text-muted-foreground" />
            Sign out
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
