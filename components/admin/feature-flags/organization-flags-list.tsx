'use client';

import { useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { useRunAction } from '@/components/forms/use-run-action';
import { setOrganizationOverrideAction } from '@/lib/features/actions';
import type { OverrideState } from '@/lib/features/schemas';
import { cn } from '@/lib/utils/cn';
import { FlagBadges } from './flag-badges';

export type OrganizationFlag = {
  key: string;
  name: string;
  category: string;
  isBeta: boolean;
  isPremium: boolean;
  override: boolean | null;
  planDefault: boolean;
  enabled: boolean;
  /** Names of the dependencies that keep it off. */
  blockedBy: string[];
};

const CHOICES: { value: OverrideState; label: string }[] = [
  { value: 'default', label: 'Plan default' },
  { value: 'on', label: 'On' },
  { value: 'off', label: 'Off' },
];

const stateOf = (override: boolean | null): OverrideState => (override === null ? 'default' : override ? 'on' : 'off');

function why(flag: OrganizationFlag, planLabel: string) {
  if (flag.blockedBy.length > 0) return `Off until ${flag.blockedBy.join(', ')} ${flag.blockedBy.length === 1 ? 'is' : 'are'} on.`;
  if (flag.override !== null) return `Turned ${flag.override ? 'on' : 'off'} for this organization.`;
  return `${flag.planDefault ? 'Included in' : 'Not part of'} the ${planLabel} plan.`;
}

function FlagRow({ organizationId, flag, planLabel }: { organizationId: string; flag: OrganizationFlag; planLabel: string }) {
  const saved = stateOf(flag.override);
  // Shown at once while the change is saved; the refreshed page then shows what was stored.
  const [chosen, setChosen] = useState<OverrideState | null>(null);
  const requested = useRef<OverrideState>(saved);
  const { pending, execute } = useRunAction({
    run: () => setOrganizationOverrideAction({ organizationId, key: flag.key, state: requested.current }),
    successMessage: (r) => (r.changed ? `${flag.name}: ${CHOICES.find((c) => c.value === r.state)!.label.toLowerCase()}.` : null),
    refresh: 'always',
    onSettled: () => setChosen(null),
  });
  const current = chosen ?? saved;
  const name = `flag-${flag.key}`;

  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <span id={`${name}-label`} className="font-medium">
            {flag.name}
          </span>
          <Badge variant={flag.enabled ? 'success' : 'outline'}>{flag.enabled ? 'On' : 'Off'}</Badge>
          <FlagBadges isBeta={flag.isBeta} isPremium={flag.isPremium} />
        </div>
        <p id={`${name}-why`} className="text-sm text-muted-foreground">
          {why(flag, planLabel)}
        </p>
      </div>
      <fieldset aria-labelledby={`${name}-label`} aria-describedby={`${name}-why`} aria-busy={pending} disabled={pending} className="shrink-0">
        <div className="inline-flex rounded-md border p-0.5">
          {CHOICES.map((choice) => (
            <label
              key={choice.value}
              className={cn(
                'cursor-pointer rounded px-3 py-1.5 text-sm has-focus-visible:outline-2 has-focus-visible:outline-ring',
                current === choice.value ? 'bg-primary text-primary-foreground' : 'hover:bg-accent',
                pending && 'cursor-wait opacity-70',
              )}
            >
              <input
                type="radio"
                className="sr-only"
                name={name}
                value={choice.value}
                checked={current === choice.value}
                onChange={() => {
                  requested.current = choice.value;
                  setChosen(choice.value);
                  execute();
                }}
              />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}

/** Each flag's effective state for one organization, with a plan default / on / off control. */
export function OrganizationFlagsList({ organizationId, planLabel, flags }: { organizationId: string; planLabel: string; flags: OrganizationFlag[] }) {
  return (
    <ul className="flex flex-col divide-y">
      {flags.map((flag) => (
        <FlagRow key={flag.key} organizationId={organizationId} flag={flag} planLabel={planLabel} />
      ))}
    </ul>
  );
}
