import { Button, Heading, Text } from '@react-email/components';
import { buttonStyle, EmailLayout } from './layout';

type Props = { storeName: string; planName: string; graceUntil: string; billingUrl: string };

/** A renewal of the store's plan could not be charged: it keeps the plan until `graceUntil`, then moves to Free. */
export function BillingPaymentFailedEmail({ storeName, planName, graceUntil, billingUrl }: Props) {
  return (
    <EmailLayout preview={`${storeName}: we could not charge your ${planName} plan`}>
      <Text style={{ color: '#52525b', fontSize: 13, margin: 0 }}>{storeName}</Text>
      <Heading as="h1" style={{ fontSize: 20 }}>
        We could not charge your {planName} plan
      </Heading>
      <Text>
        The payment for your plan’s renewal failed. Your store keeps everything in {planName} until <strong>{graceUntil}</strong>. If the
        payment still has not gone through by then, the store moves to the Free plan and its limits.
      </Text>
      <Text>Update your payment method to keep your plan; we will retry the charge.</Text>
      <Button href={billingUrl} style={buttonStyle}>
        Update payment method
      </Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>Or paste this address into your browser: {billingUrl}</Text>
    </EmailLayout>
  );
}
