'use client';

import { useState } from 'react';
import { ShieldCheck, ShieldOff } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useRunAction } from '@/components/forms/use-run-action';
import { toast } from '@/components/ui/use-toast';
import { startTotpEnrolmentAction } from '@/lib/account/actions';
import type { TotpEnrolment } from '@/lib/account/schemas';
import { BackupCodesPanel } from './backup-codes-panel';
import { DisableTwoFactorDialog } from './disable-two-factor-dialog';
import { RegenerateBackupCodesDialog } from './regenerate-backup-codes-dialog';
import { TotpSetup } from './totp-setup';

type TwoFactorSectionProps = { email: string; enabled: boolean; backupCodesRemaining: number };

/** Status, set-up, backup codes and turning off. New codes stay on screen until the user says they saved them. */
export function TwoFactorSection({ email, enabled, backupCodesRemaining }: TwoFactorSectionProps) {
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const { pending: starting, execute: start } = useRunAction({ run: () => startTotpEnrolmentAction({}), onDone: setEnrolment });

  if (codes) return <BackupCodesPanel codes={codes} email={email} onDone={() => setCodes(null)} />;

  if (enrolment && !enabled) {
    return (
      <TotpSetup
        enrolment={enrolment}
        onCancel={() => setEnrolment(null)}
        onEnabled={(backupCodes) => {
          setEnrolment(null);
          setCodes(backupCodes);
          toast({ title: 'Two-factor authentication is on.', variant: 'success' });
        }}
      />
    );
  }

  if (!enabled) {
    return (
      <div className="flex flex-col gap-4">
        <div className="flex items-start gap-3">
          <ShieldOff aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
          <p className="text-sm text-muted-foreground">
            <Badge variant="outline" className="mr-2 align-middle">Off</Badge>
            Add a second step to signing in: a 6-digit code from an authenticator app on your phone. A stolen password alone will not be enough.
          </p>
        </div>
        <Button type="button" className="self-start" loading={starting} onClick={start}>
          Set up two-factor authentication
        </Button>
      </div>
    );
  }

  const low = backupCodesRemaining <= 3;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-start gap-3">
        <ShieldCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-success" />
        <div className="flex flex-col gap-1 text-sm">
          <p>
            <Badge variant="success" className="mr-2 align-middle">On</Badge>
            Signing in asks for a code from your authenticator app.
          </p>
          <p className={low ? 'font-medium text-warning' : 'text-muted-foreground'}>
            {backupCodesRemaining} of 10 backup codes left.{low && ' Get new ones before you run out.'}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <RegenerateBackupCodesDialog onCodes={setCodes} />
        <DisableTwoFactorDialog />
      </div>
    </div>
  );
}
