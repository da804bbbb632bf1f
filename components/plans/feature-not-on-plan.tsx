import Link from 'next/link';
import { Sparkles } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { hasFeature } from '@/lib/features/dashboard-features';
import type { OrgContext } from '@/lib/server/context';

type Props = {
  /** The organization's slug, for the link to Settings → Plan and usage. */
  slug: string;
  /** What the page is, mid-sentence: "courier deliveries". */
  feature: string;
  /** What the feature does for the store, one sentence. */
  description: string;
  /** Only members who may see the plan page get the link to it. */
  canSeePlan: boolean;
};

/**
 * What a page shows instead of its content when the organization's plan (or a platform
 * override) leaves its feature off: what it would do, and where to see the plans.
 */
export function FeatureNotOnPlan({ slug, feature, description, canSeePlan }: Props) {
  const action = canSeePlan
    ? { href: `/dashboard/${slug}/settings/plan`, label: 'See plans and usage' }
    : { href: `/dashboard/${slug}`, label: 'Back to the overview' };
  return (
    <EmptyState
      as="h1"
      icon={Sparkles}
      eyebrow="Not on your plan"
      title={`Your plan does not include ${feature}`}
      description={canSeePlan ? description : `${description} Ask an owner or admin about the plan.`}
      action={
        <Link href={action.href} className={buttonVariants({ variant: canSeePlan ? 'default' : 'outline' })}>
          {action.label}
        </Link>
      }
      className="mx-auto w-full max-w-lg"
    />
  );
}

/** The dashboard pages behind a feature flag, in a merchant's words. */
const GATED = {
  deliveries: { feature: 'courier deliveries', description: 'Deliver orders with your own couriers: assignment, live tracking, proof of delivery and cash on delivery.' },
  custom_domains: { feature: 'custom domains', description: 'Serve your storefront on your own domain, verified through DNS. Your platform address keeps working either way.' },
  csv_import: { feature: 'CSV import', description: 'Create and update products, variants and stock from a spreadsheet in one go.' },
} as const;
export type GatedFeature = keyof typeof GATED;

/** For a page behind a feature: the "not on your plan" state to show instead of it, or null when the feature is on. */
export async function featureOffPage(ctx: OrgContext, key: GatedFeature): Promise<React.ReactElement | null> {
  if (await hasFeature(ctx, key)) return null;
  return <FeatureNotOnPlan slug={ctx.org.slug} {...GATED[key]} canSeePlan={ctx.can('settings.view')} />;
}
