import { Button, Heading, Text } from '@react-email/components';
import { buttonStyle, EmailLayout } from './layout';

type Props = {
  storeName: string;
  fromPlanName: string;
  /** Why: the grace period after a failed renewal ended, or the subscription was cancelled. */
  reason: 'grace_period' | 'cancellation';
  /** What Free allows, one line each ("50 products", "100 orders a month"). */
  freeLimits: string[];
  planUrl: string;
};

const HEADLINES = {
  grace_period: 'Your store has moved to the Free plan',
  cancellation: 'Your subscription has ended',
};

/** The store lost its paid plan (unpaid renewal after the grace period, or a cancelled subscription). */
export function BillingDowngradedEmail({ storeName, fromPlanName, reason, freeLimits, planUrl }: Props) {
  return (
    <EmailLayout preview={`${storeName}: ${HEADLINES[reason].toLowerCase()}`}>
      <Text style={{ color: '#52525b', fontSize: 13, margin: 0 }}>{storeName}</Text>
      <Heading as="h1" style={{ fontSize: 20 }}>
        {HEADLINES[reason]}
      </Heading>
      <Text>
        {reason === 'grace_period'
          ? `The renewal of your ${fromPlanName} plan was still unpaid when its grace period ended, so the store is now on the Free plan.`
          : `Your ${fromPlanName} subscription was cancelled, so the store is now on the Free plan.`}{' '}
        Nothing was deleted, but the Free plan allows:
      </Text>
      <ul style={{ fontSize: 14, lineHeight: '22px', paddingLeft: 20 }}>
        {freeLimits.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Text>While the store has more than that, adding more is refused, and features outside Free are switched off. Choose a plan again at any time.</Text>
      <Button href={planUrl} style={buttonStyle}>
        Choose a plan
      </Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>Or paste this address into your browser: {planUrl}</Text>
    </EmailLayout>
  );
}
