'use client';

import { useState } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useRunAction } from '@/components/forms/use-run-action';
import { resendVerificationEmailAction } from '@/lib/account/actions';

/** Sends another confirmation email; says where it went, or why it did not (rate limit). */
export function ResendVerificationButton({ variant = 'outline', size = 'sm', className }: Pick<ButtonProps, 'variant' | 'size' | 'className'>) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { pending, execute: resend } = useRunAction({
    run: () => resendVerificationEmailAction({}),
    successMessage: (data) => `We sent a new link to ${data.sentTo}.`,
    onDone: (data) => setSentTo(data.sentTo),
  });
  return (
    <Button type="button" variant={variant} size={size} className={className} loading={pending} onClick={resend}>
      {sentTo ? 'Send again' : 'Resend the email'}
    </Button>
  );
}
