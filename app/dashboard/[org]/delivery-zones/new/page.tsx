import type { Metadata } from 'next';
import { ZoneForm } from '@/components/delivery/zone-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Add delivery zone' };

export default async function NewDeliveryZonePage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('delivery.manage')) {
    return <Forbidden description="Only owners and admins manage delivery zones." action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  }
  return (
    <>
      <PageHeader title="Add delivery zone" description="A city, narrowed to some districts or postal codes if you like. You add its tariffs next." />
      <ZoneForm slug={slug} />
    </>
  );
}
