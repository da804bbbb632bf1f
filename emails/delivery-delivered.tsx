import { Button, Heading, Text } from '@react-email/components';
import { buttonStyle, EmailLayout } from './layout';

type Props = {
  storeName: string;
  orderNumber: string;
  courierFirstName: string | null;
  /** The shopper's order page, where they rate the delivery. */
  rateUrl: string;
};

/** The parcel was handed over; the shopper is asked how the delivery went. */
export function DeliveryDeliveredEmail({ storeName, orderNumber, courierFirstName, rateUrl }: Props) {
  return (
    <EmailLayout preview={`${storeName}: order ${orderNumber} was delivered`}>
      <Text style={{ color: '#52525b', fontSize: 13, margin: 0 }}>{storeName}</Text>
      <Heading as="h1" style={{ fontSize: 20 }}>
        Delivered
      </Heading>
      <Text>
        Order <strong>{orderNumber}</strong> was delivered{courierFirstName ? ` by ${courierFirstName}` : ''}. Thank you for shopping with us.
      </Text>
      <Text>How did the delivery go? Rating it takes a few seconds and helps the store.</Text>
      <Button href={rateUrl} style={buttonStyle}>
        Rate the delivery
      </Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>Or paste this address into your browser: {rateUrl}</Text>
    </EmailLayout>
  );
}
