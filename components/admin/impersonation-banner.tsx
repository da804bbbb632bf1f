import { ShieldAlert } from 'lucide-react';
import type { ActiveImpersonation } from '@/lib/admin/impersonation/find-active-impersonation';
import { EndImpersonationButton } from './end-impersonation-button';

type Props = {
  session: ActiveImpersonation | null;
  /** The platform admin's email (the signed-in user). */
  email: string;
  org: { id: string; timezone: string };
};

/**
 * Shown on every dashboard page while a platform admin is in a support session: who, read-only
 * or not, and when it ends (in the store's time zone, named). Nothing when it is a member.
 */
export function ImpersonationBanner({ session, email, org }: Props) {
  if (!session) return null;
  const endsAt = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: org.timezone, timeZoneName: 'short' }).format(session.expiresAt);
  const readOnly = session.mode === 'read_only';
  return (
    <div role="status" className="flex flex-col gap-3 rounded-lg bg-foreground px-4 py-3 text-sm text-background sm:flex-row sm:items-center sm:justify-between">
      <p className="flex items-start gap-2">
        <ShieldAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          <strong className="font-semibold">Support session as {email}</strong> — {readOnly ? 'read-only' : 'changes allowed and audited'} — ends at{' '}
          <time dateTime={session.expiresAt.toISOString()}>{endsAt}</time>
        </span>
      </p>
      <EndImpersonationButton sessionId={session.id} organizationId={org.id} />
    </div>
  );
}
