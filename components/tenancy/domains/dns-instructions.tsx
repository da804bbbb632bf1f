import { verificationRecordName, verificationRecordValue } from '@/lib/tenancy/domains/dns';
import { CopyButton } from '@/components/ui/copy-button';

function Value({ value, label }: { value: string; label: string }) {
  return (
    <div className="flex min-w-0 items-center gap-1">
      <code className="min-w-0 flex-1 rounded bg-muted px-2 py-1 font-mono text-xs break-all">{value}</code>
      <CopyButton value={value} label={label} className="size-9 shrink-0" />
    </div>
  );
}

/** The two records a merchant adds at their DNS provider: TXT to prove ownership, CNAME to route traffic. */
export function DnsInstructions({ hostname, token, cnameTarget }: { hostname: string; token: string; cnameTarget: string }) {
  const records = [
    { type: 'TXT', name: verificationRecordName(hostname), value: verificationRecordValue(token), purpose: 'proves the domain is yours' },
    { type: 'CNAME', name: hostname, value: cnameTarget, purpose: 'sends visitors to your store' },
  ];
  return (
    <div className="flex flex-col gap-3 rounded-md border bg-muted/30 p-4">
      <p className="text-sm">
        Add these records at the company where you manage <span className="font-medium">{hostname}</span>, then press <span className="font-medium">Check now</span>. We also check every hour, so the domain starts working on its own once the records appear.
      </p>
      <dl className="flex flex-col gap-4">
        {records.map((r) => (
          <div key={r.type} className="grid gap-2 text-sm sm:grid-cols-[4.5rem_minmax(0,1fr)_minmax(0,1fr)] sm:items-center">
            <dt className="font-semibold">
              {r.type}
              <span className="sr-only"> record, which {r.purpose}</span>
            </dt>
            <dd className="flex flex-col gap-1">
              <span className="text-xs text-muted-foreground">Name</span>
              <Value value={r.name} label={`${r.type} name`} />
            </dd>
            <dd className="flex flex-col gap-1">
              <span className="text-xs text-muted-foreground">Value</span>
              <Value value={r.value} label={`${r.type} value`} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-muted-foreground">
        For a root domain (no “www” or “shop” in front) many providers call the CNAME an ALIAS or ANAME record. DNS changes can take from a few minutes to 48 hours.
      </p>
    </div>
  );
}
