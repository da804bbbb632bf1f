import Link from 'next/link';
import { ChevronRight, Phone, TriangleAlert } from 'lucide-react';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { telHref } from '@/lib/storefront/store-contact';
import { readableForeground } from '@/lib/tenancy/brand-colors';
import type { CourierOrganization } from '@/lib/tenancy/organizations/list-courier-organizations';

type Counts = { open: number; deliveredToday: number } | null;

const deliveriesText = (n: number) => `${n} ${n === 1 ? 'delivery' : 'deliveries'}`;

/** One organization the courier delivers for: today's count, and the way into its deliveries. */
export function CourierOrganizationCard({ org, counts }: { org: CourierOrganization; counts: Counts }) {
  const headingId = `org-${org.id}`;
  const summary = !counts
    ? 'Your deliveries could not be counted right now.'
    : counts.open === 0 && counts.deliveredToday === 0
      ? 'No deliveries for you today yet.'
      : [counts.open > 0 && `${deliveriesText(counts.open)} to do`, counts.deliveredToday > 0 && `${counts.deliveredToday} delivered today`].filter(Boolean).join(' · ');
  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader className="flex-row items-center gap-3 space-y-0">
        <Avatar
          name={org.name}
          shape="square"
          className="size-12 rounded-lg text-base font-bold"
          style={{ backgroundColor: org.brandPrimaryColor, color: readableForeground(org.brandPrimaryColor) }}
        />
        <div className="flex min-w-0 flex-col">
          <CardTitle as="h2" id={headingId} className="truncate text-lg">
            {org.name}
          </CardTitle>
          <p className="text-sm text-muted-foreground">{summary}</p>
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {org.status !== 'active' && (
          <p className="flex items-start gap-2 rounded-md bg-warning/10 p-3 text-sm">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" />
            This organization is {org.status} on the platform; it has no deliveries while it is not active.
          </p>
        )}
        <Button asChild size="lg" className="h-12 w-full">
          <Link href={`/courier/${org.slug}`}>
            Open deliveries
            <span className="sr-only"> for {org.name}</span>
            <ChevronRight aria-hidden="true" />
          </Link>
        </Button>
        {org.contactPhone && (
          <Button asChild variant="outline" size="lg" className="h-12 w-full">
            <a href={telHref(org.contactPhone)}>
              <Phone aria-hidden="true" />
              Call {org.name}
            </a>
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
