'use client';

import { useTransition } from 'react';
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
import { revokeOtherSessionsAction, revokeSessionAction } from '@/lib/account/actions';

/** Signs one other browser out, after confirming. */
export function RevokeSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const [pending, startTransition] = useTransition();
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeSessionAction({ sessionId });
      toast(result.error ? { title: result.error.message, variant: 'destructive' } : { title: `${device} was signed out.`, variant: 'success' });
    });
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" loading={pending}>
          Sign out<span className="sr-only"> {device}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Sign out this session?</AlertDialogTitle>
          <AlertDialogDescription>{device} will need to sign in again.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={revoke}>
            Sign out
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

/** "Sign out everywhere else": every session but this one. */
export function RevokeOtherSessionsButton() {
  const [pending, startTransition] = useTransition();
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeOtherSessionsAction({});
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else toast({ title: `Signed out of ${result.data.ended} other session${result.data.ended === 1 ? '' : 's'}.`, variant: 'success' });
    });
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" loading={pending}>
          Sign out everywhere else
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Sign out of every other session?</AlertDialogTitle>
          <AlertDialogDescription>Every browser and device except this one will need to sign in again.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={revoke}>
            Sign out everywhere else
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
