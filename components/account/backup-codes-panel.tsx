'use client';

import { Download } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';

/** New backup codes, shown once: copy or download them before leaving. */
export function BackupCodesPanel({ codes, email, onDone }: { codes: string[]; email: string; onDone: () => void }) {
  const text = `Backup codes for ${email} (Commerce Platform)\nEach code works once. Keep them somewhere safe.\n\n${codes.join('\n')}\n`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'commerce-platform-backup-codes.txt' });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="flex flex-col gap-4">
      <Alert variant="warning">
        <AlertTitle>Save your backup codes now</AlertTitle>
        <AlertDescription>
          If you lose your phone, each code lets you sign in once. This is the only time we show them.
        </AlertDescription>
      </Alert>
      <ul aria-label="Backup codes" className="grid grid-cols-2 gap-2 rounded-lg border bg-muted/50 p-4 font-mono text-sm sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code} className="text-center tracking-wider select-all">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <CopyButton value={codes.join('\n')} label="backup codes">
          Copy
        </CopyButton>
        <Button type="button" variant="outline" onClick={download}>
          <Download aria-hidden="true" />
          Download .txt
        </Button>
        <Button type="button" onClick={onDone} className="sm:ml-auto">
          I have saved them
        </Button>
      </div>
    </div>
  );
}
