'use client';

import { useRef } from 'react';
import Link from 'next/link';
import { LogOut, ShieldCheck, UserRound } from 'lucide-react';
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

export type UserMenuLink = { href: string; label: string };

const DEFAULT_LINKS: UserMenuLink[] = [
  { href: '/account', label: 'Profile' },
  { href: '/account/security', label: 'Account security' },
];

function initials(name: string | null, email: string) {
  const source = name?.trim() || email;
  const parts = source.split(/[\s@._-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (name?.trim() && parts[1] ? parts[1][0] : '')).toUpperCase() || '?';
}

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
          <Button variant="ghost" size="icon" className="rounded-full" aria-label={`Account menu for ${user.name || user.email}`}>
            <span
              aria-hidden="true"
              className="flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
            >
              {initials(user.name, user.email)}
            </span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" collisionPadding={8} className="w-64 max-w-[calc(100vw-1rem)]">
          <DropdownMenuLabel className="flex flex-col gap-0.5 py-2 font-normal">
            {user.name && <span className="truncate text-sm font-semibold text-foreground">{user.name}</span>}
            <span className="truncate text-xs text-muted-foreground">{user.email}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuGroup>
            {links.map((link) => (
              <DropdownMenuItem key={link.href} asChild className="min-h-10">
                <Link href={link.href}>
                  {link.href.startsWith('/account/security') ? (
                    <ShieldCheck aria-hidden="true" className="text-muted-foreground" />
                  ) : (
                    <UserRound aria-hidden="true" className="text-muted-foreground" />
                  )}
                  {link.label}
                </Link>
              </DropdownMenuItem>
            ))}
          </DropdownMenuGroup>
          <DropdownMenuSeparator />
          {/* The form lives outside the menu: the menu unmounts on select, which would cancel a submit from inside it. */}
          <DropdownMenuItem className="min-h-10" onSelect={() => signOutForm.current?.requestSubmit()}>
            <LogOut aria-hidden="true" className="text-muted-foreground" />
            Sign out
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
