'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { UserPlus } from 'lucide-react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/use-toast';
import type { MemberRole } from '@/db/schema/tenancy/memberships';
import { inviteMemberAction } from '@/lib/tenancy/invitations/actions';
import { InviteMemberInput } from '@/lib/tenancy/invitations/schemas';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../role-labels';
import { FormError } from '@/components/forms/form-error';

/** "Invite member": email and one of the roles the inviter may hand out. */
export function InviteMemberDialog({ slug, roles }: { slug: string; roles: MemberRole[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const defaultRole: MemberRole = roles.includes('staff') ? 'staff' : roles[0]!;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: InviteMemberInput,
    defaultValues: { email: '', role: defaultRole },
    action: (values) => inviteMemberAction(slug, values),
    onSuccess: (data) => {
      toast(
        data.emailSent
          ? { title: `Invitation sent to ${data.email}`, variant: 'success' }
          : { title: 'Invitation created, but the email could not be sent', description: 'Use “Resend” to try again.', variant: 'destructive' },
      );
      setOpen(false);
      form.reset({ email: '', role: defaultRole });
      // A navigation fetches the (dynamic) page afresh, the new invitation included.
      router.push(`/dashboard/${slug}/settings/team?view=invitations`);
    },
  });
  const role = form.watch('role');
  const errors = form.formState.errors;

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Invite a team member</DialogTitle>
          <DialogDescription>We email them a link to join. It works for 7 days.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
          <FormField id="invite-email" label="Email" required error={errors.email?.message}>
            <Input type="email" autoComplete="off" autoFocus {...form.register('email')} />
          </FormField>
          <FormField id="invite-role" label="Role" description={role ? ROLE_DESCRIPTIONS[role as MemberRole] : undefined} error={errors.role?.message}>
            <Select {...form.register('role')}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </Select>
          </FormField>
          <FormError message={formError} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Send invitation
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
