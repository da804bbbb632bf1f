import { CourierNav } from '@/components/courier/courier-nav';
import { LocationSharer } from '@/components/courier/location-sharer';
import { countMyDeliveries } from '@/lib/courier/count-my-deliveries';
import { courierPageContext } from '@/lib/courier/page-context';

type Props = { children: React.ReactNode; params: Promise<{ org: string }> };

/**
 * One organization's courier pages. The location sharer lives here, not in a page, so moving
 * between the list and a delivery does not restart the phone's position watch.
 */
export default async function CourierOrgLayout({ children, params }: Props) {
  const { org: orgSlug } = await params;
  const cc = await courierPageContext(orgSlug);
  const counts = await countMyDeliveries(cc);
  return (
    <>
      <div className="flex flex-col gap-3">
        <p className="truncate text-sm font-medium text-muted-foreground">{cc.org.name}</p>
        <CourierNav orgSlug={cc.org.slug} />
        <LocationSharer orgSlug={cc.org.slug} active={counts.underWay > 0} />
      </div>
      {children}
    </>
  );
}
