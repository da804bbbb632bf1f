'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { LogOut } from 'lucide-react';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { leaveOrganizationAction } from '@/lib/tenancy/team/actions';

/** Leave the organization (confirmed first). The last owner is told why they cannot. */
export function LeaveOrganizationButton({ slug, organizationName }: { slug: string; organizationName: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  const leave = () =>
    startTransition(async () => {
      const result = await leaveOrganizationAction(slug, {});
      if (result.error) {
        toast({ title: result.error.message, variant: 'destructive' });
        setOpen(false);
        return;
      }
      toast({ title: `You left ${organizationName}.`, variant: 'success' });
      router.push('/dashboard');
    });

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm">
          <LogOut aria-hidden="true" />
          Leave organization
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Leave {organizationName}?</AlertDialogTitle>
          <AlertDialogDescription>You will lose access to its dashboard at once. To come back, someone has to invite you again.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            disabled={pending}
            onClick={(event) => {
              event.preventDefault();
              leave();
            }}
          >
            {pending ? 'Leaving…' : 'Leave'}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
