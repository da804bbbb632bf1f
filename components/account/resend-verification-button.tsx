'use client';

import { useState, useTransition } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { resendVerificationEmailAction } from '@/lib/account/actions';

/** Sends another confirmation email; says where it went, or why it did not (rate limit). */
export function ResendVerificationButton({ variant = 'outline', size = 'sm', className }: Pick<ButtonProps, 'variant' | 'size' | 'className'>) {
  const [pending, startTransition] = useTransition();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const resend = () =>
    startTransition(async () => {
      const result = await resendVerificationEmailAction({});
      if (result.error) {
        toast({ title: result.error.message, variant: 'destructive' });
        return;
      }
      setSentTo(result.data.sentTo);
      toast({ title: `We sent a new link to ${result.data.sentTo}.`, variant: 'success' });
    });
  return (
    <Button type="button" variant={variant} size={size} className={className} loading={pending} onClick={resend}>
      {sentTo ? 'Send again' : 'Resend the email'}
    </Button>
  );
}
