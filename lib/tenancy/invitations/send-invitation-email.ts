import { createElement } from 'react';
import { InvitationEmail } from '@/emails/invitation';
import { sendEmail } from '@/lib/email/send-email';
import { env } from '@/lib/env';

export const invitationUrl = (token: string) => `${env.appUrl}/invite/${token}`;

/** Sends the invitation link. Called after the invitation has committed; false when the outbox write failed. */
export async function sendInvitationEmail(input: { to: string; organizationName: string; inviterName: string; role: string; token: string }) {
  try {
    await sendEmail({
      to: input.to,
      subject: `${input.inviterName} invited you to join ${input.organizationName}`,
      template: 'invitation',
      body: createElement(InvitationEmail, {
        organizationName: input.organizationName,
        inviterName: input.inviterName,
        role: input.role,
        url: invitationUrl(input.token),
      }),
    });
    return true;
  } catch (e) {
    console.error('Could not send the invitation email', e);
    return false;
  }
}
