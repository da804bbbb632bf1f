import { Badge } from '@/components/ui/badge';
import { PLAN_LABELS } from '@/lib/tenancy/labels';

type PlanKey = keyof typeof PLAN_LABELS;

export function FlagBadges({ isBeta, isPremium }: { isBeta: boolean; isPremium: boolean }) {
  return (
    <>
      {isBeta && <Badge variant="warning">Beta</Badge>}
      {isPremium && <Badge variant="secondary">Premium</Badge>}
    </>
  );
}

/** The plans a flag is on for, as chips; "No plan" when only overrides turn it on. */
export function PlanChips({ plans }: { plans: string[] }) {
  if (plans.length === 0) return <span className="text-sm text-muted-foreground">No plan (overrides only)</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Plans">
      {plans.map((p) => (
        <li key={p}>
          <Badge variant="outline">{PLAN_LABELS[p as PlanKey] ?? p}</Badge>
        </li>
      ))}
    </ul>
  );
}
