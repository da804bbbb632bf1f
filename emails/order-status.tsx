import { Button, Heading, Text } from '@react-email/components';
import type { OrderStatus } from '@/db/schema';
import { buttonStyle, EmailLayout } from './layout';

/** The statuses a shopper hears about by email. */
export type EmailedOrderStatus = Extract<OrderStatus, 'confirmed' | 'out_for_delivery' | 'delivered' | 'cancelled'>;

const HEADLINES: Record<EmailedOrderStatus, string> = {
  confirmed: 'Your order is confirmed',
  out_for_delivery: 'Your order is on its way',
  delivered: 'Your order has been delivered',
  cancelled: 'Your order has been cancelled',
};

const DETAILS: Record<EmailedOrderStatus, string> = {
  confirmed: 'We have confirmed your order and will start preparing it soon.',
  out_for_delivery: 'Your order has left the store and will reach you soon.',
  delivered: 'Your order has been handed over. Thank you for shopping with us.',
  cancelled: 'Your order has been cancelled and will not be delivered.',
};

export function orderStatusHeadline(status: EmailedOrderStatus) {
  return HEADLINES[status];
}

type Props = { storeName: string; orderNumber: string; status: EmailedOrderStatus; reason?: string | null; orderUrl: string };

/** A shopper's order moved to a status they should know about. */
export function OrderStatusEmail({ storeName, orderNumber, status, reason, orderUrl }: Props) {
  return (
    <EmailLayout preview={`${storeName}: order ${orderNumber} — ${HEADLINES[status].toLowerCase()}`}>
      <Text style={{ color: '#52525b', fontSize: 13, margin: 0 }}>{storeName}</Text>
      <Heading as="h1" style={{ fontSize: 20 }}>
        {HEADLINES[status]}
      </Heading>
      <Text>
        Order <strong>{orderNumber}</strong>: {DETAILS[status]}
      </Text>
      {status === 'cancelled' && reason && <Text>Reason: {reason}</Text>}
      <Button href={orderUrl} style={buttonStyle}>
        View your order
      </Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>Or paste this address into your browser: {orderUrl}</Text>
    </EmailLayout>
  );
}
