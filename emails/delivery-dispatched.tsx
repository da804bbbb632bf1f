import { Button, Heading, Section, Text } from '@react-email/components';
import { buttonStyle, EmailLayout } from './layout';

type Props = {
  storeName: string;
  orderNumber: string;
  courierFirstName: string | null;
  /** The estimated delivery time, already in the store's time zone. */
  estimatedAt: string | null;
  /** Cash to have ready at the door (cash on delivery), formatted; null when nothing is due. */
  cashDue: string | null;
  /** The one-time code for the door, when the store asks for one. */
  otp: string | null;
  trackingUrl: string;
  /** The store sent a fresh code for a parcel already on its way. */
  newCode?: boolean;
};

export const deliveryDispatchedHeadline = (orderNumber: string, newCode = false) =>
  newCode ? 'Your new delivery code' : `Your order ${orderNumber} is on its way`;

/** The parcel left with the courier: who brings it, when, what to have ready, and the code for the door. */
export function DeliveryDispatchedEmail({ storeName, orderNumber, courierFirstName, estimatedAt, cashDue, otp, trackingUrl, newCode = false }: Props) {
  const headline = deliveryDispatchedHeadline(orderNumber, newCode);
  return (
    <EmailLayout preview={`${storeName}: ${headline.toLowerCase()}`}>
      <Text style={{ color: '#52525b', fontSize: 13, margin: 0 }}>{storeName}</Text>
      <Heading as="h1" style={{ fontSize: 20 }}>
        {headline}
      </Heading>
      <Text>
        {newCode ? (
          <>
            Here is a new code for order <strong>{orderNumber}</strong>. The previous one no longer works.
          </>
        ) : (
          <>
            {courierFirstName ?? 'Our courier'} is bringing order <strong>{orderNumber}</strong> to you.
          </>
        )}
      </Text>
      {estimatedAt && <Text>Estimated delivery: {estimatedAt}</Text>}
      {cashDue && (
        <Text>
          Please have <strong>{cashDue}</strong> in cash ready.
        </Text>
      )}
      {otp && (
        <Section style={{ backgroundColor: '#f4f4f5', borderRadius: 8, margin: '16px 0', padding: '16px 20px', textAlign: 'center' }}>
          <Text style={{ color: '#52525b', fontSize: 13, margin: 0 }}>Your delivery code</Text>
          <Text style={{ fontFamily: 'ui-monospace, Menlo, monospace', fontSize: 32, fontWeight: 700, letterSpacing: 6, margin: '8px 0' }}>{otp}</Text>
          <Text style={{ fontSize: 13, margin: 0 }}>Give this code to the courier at the door; never share it otherwise.</Text>
        </Section>
      )}
      <Button href={trackingUrl} style={buttonStyle}>
        Track your delivery
      </Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>Or paste this address into your browser: {trackingUrl}</Text>
    </EmailLayout>
  );
}
