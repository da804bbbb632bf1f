import Link from 'next/link';
import { DomainStatusBadge } from '@/components/admin/status-badge';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CustomDomainRow } from '@/lib/admin/integrations/list-custom-domains';
import { RecheckDomainButton } from './recheck-domain-button';

export function CustomDomainsTable({ rows, canRecheck }: { rows: CustomDomainRow[]; canRecheck: boolean }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Domain</TableHead>
          <TableHead>Organization</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Last checked</TableHead>
          <TableHead>Last error</TableHead>
          {canRecheck && (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((domain) => (
          <TableRow key={domain.id}>
            <TableCell>
              <div className="font-medium break-all">{domain.hostname}</div>
              {domain.isPrimary && (
                <Badge variant="outline" className="mt-1">
                  Primary
                </Badge>
              )}
            </TableCell>
            <TableCell>
              <Link href={`/admin/tenants/${domain.organization.id}`} className="hover:underline">
                {domain.organization.name}
              </Link>
              {domain.organization.status !== 'active' && <div className="text-xs text-muted-foreground">Organization {domain.organization.status}</div>}
            </TableCell>
            <TableCell>
              <DomainStatusBadge status={domain.status} />
            </TableCell>
            <TableCell>
              <DateTime value={domain.lastCheckedAt} fallback="Never" />
            </TableCell>
            <TableCell className="max-w-xs text-sm whitespace-normal text-muted-foreground">{domain.lastCheckError ?? '—'}</TableCell>
            {canRecheck && (
              <TableCell className="text-right">
                <RecheckDomainButton domain={{ id: domain.id, hostname: domain.hostname }} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
