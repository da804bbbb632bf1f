'use client';

import { useState } from 'react';
import { Menu } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { OrgSwitcher, type SwitcherOrganization } from './org-switcher';
import { SidebarNav } from './sidebar-nav';
import type { DashboardNavItem } from './nav-items';

/** On phones the sidebar becomes a drawer from the left (a dialog: focus is trapped, Escape closes it). */
export function MobileNav({
  items,
  current,
  organizations,
}: {
  items: DashboardNavItem[];
  current: SwitcherOrganization;
  organizations: SwitcherOrganization[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden" aria-label="Open menu">
          <Menu aria-hidden="true" />
        </Button>
      </DialogTrigger>
      <DialogContent className="top-0 left-0 flex h-dvh max-h-dvh w-80 max-w-[85vw] translate-x-0 translate-y-0 flex-col gap-6 rounded-none border-y-0 border-l-0 p-4 pt-14 data-[state=open]:animate-fade-in">
        <DialogTitle className="sr-only">Menu</DialogTitle>
        <DialogDescription className="sr-only">Switch organization or go to another part of the dashboard.</DialogDescription>
        <OrgSwitcher current={current} organizations={organizations} />
        <SidebarNav items={items} onNavigate={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
