'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
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
import { removeMemberAction } from '@/lib/tenancy/team/actions';

export function RemoveMemberButton({ slug, membershipId, memberName, organizationName }: { slug: string; membershipId: string; memberName: string; organizationName: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const remove = () =>
    start(async () => {
      const result = await removeMemberAction(slug, { membershipId });
      if (result.error) {
        toast({ title: result.error.message, variant: 'destructive' });
        return;
      }
      toast({ title: `${memberName} was removed`, variant: 'success' });
      router.refresh();
    });
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="ghost" size="sm" loading={pending} className="text-destructive hover:text-destructive">
          Remove<span className="sr-only"> {memberName}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Remove {memberName}?</AlertDialogTitle>
          <AlertDialogDescription>They lose access to {organizationName} at once. You can invite them again later.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={remove}>
            Remove member
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
