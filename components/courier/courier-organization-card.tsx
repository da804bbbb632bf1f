import { PackageOpen, Phone, TriangleAlert } from 'lucide-react';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { telHref } from '@/lib/storefront/store-contact';
import { readableForeground } from '@/lib/tenancy/brand-colors';
import type { CourierOrganization } from '@/lib/tenancy/organizations/list-courier-organizations';

/** One organization the courier delivers for, with its (for now empty) list of deliveries. */
export function CourierOrganizationCard({ org }: { org: CourierOrganization }) {
  const headingId = `org-${org.id}`;
  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader className="flex-row items-center gap-3 space-y-0">
        <Avatar
          name={org.name}
          shape="square"
          className="size-12 rounded-lg text-base font-bold"
          style={{ backgroundColor: org.brandPrimaryColor, color: readableForeground(org.brandPrimaryColor) }}
        />
        <CardTitle as="h2" id={headingId} className="min-w-0 truncate text-lg">
          {org.name}
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {org.status !== 'active' && (
          <p className="flex items-start gap-2 rounded-md bg-warning/10 p-3 text-sm">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" />
            This organization is {org.status} on the platform; it has no deliveries while it is not active.
          </p>
        )}
        <section aria-label={`Deliveries for ${org.name}`} className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">Deliveries</h3>
          <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-4 py-8 text-center">
            <PackageOpen aria-hidden="true" className="size-8 text-muted-foreground" />
            <p className="font-medium">No deliveries assigned to you yet</p>
            <p className="text-sm text-muted-foreground">When {org.name} assigns you a delivery, it appears here.</p>
          </div>
        </section>
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
