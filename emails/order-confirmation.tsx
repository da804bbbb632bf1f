import { Button, Column, Heading, Hr, Row, Section, Text } from '@react-email/components';
import type { OrderAddress } from '@/db/schema/orders/orders';
import { formatMoney } from '@/lib/money/money';
import { buttonStyle, EmailLayout } from './layout';

type PaymentMethod = 'card' | 'cod' | 'bank_transfer';

/** Plain, serialisable props, so a queued job can carry them and render later. */
export type OrderConfirmationEmailProps = {
  storeName: string;
  customerName: string;
  orderNumber: string;
  currency: string;
  locale?: string;
  items: { name: string; variantName: string | null; quantity: number; unitPrice: number; total: number }[];
  subtotal: number;
  discount: number;
  couponCode: string | null;
  tax: number;
  pricesIncludeTax: boolean;
  shipping: number;
  total: number;
  fulfilment:
    | { method: 'delivery'; address: OrderAddress | null; optionName: string | null; estimatedHours: number | null }
    | { method: 'pickup'; instructions: string | null };
  paymentMethod: PaymentMethod;
  bankTransferInstructions: string | null;
  orderUrl: string;
};

const PAYMENT_LABELS: Record<PaymentMethod, string> = { card: 'Card', cod: 'Cash on delivery', bank_transfer: 'Bank transfer' };
const muted = { color: '#52525b', fontSize: 13 } as const;
const cell = { fontSize: 14, margin: '4px 0' } as const;

export function addressLines(a: OrderAddress): string[] {
  const street = [a.street, a.building, a.apartment && `apt. ${a.apartment}`].filter(Boolean).join(', ');
  return [a.fullName, street, [a.district, a.city, a.postalCode].filter(Boolean).join(', '), a.country, a.phone].filter(Boolean);
}

function TotalRow({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Row>
      <Column style={{ ...cell, fontWeight: strong ? 700 : 400 }}>{label}</Column>
      <Column align="right" style={{ ...cell, fontWeight: strong ? 700 : 400 }}>
        {value}
      </Column>
    </Row>
  );
}

export function OrderConfirmationEmail(props: OrderConfirmationEmailProps) {
  const money = (minor: number) => formatMoney(minor, props.currency, props.locale);
  const { fulfilment } = props;
  return (
    <EmailLayout preview={`Your order ${props.orderNumber} at ${props.storeName}`}>
      <Heading as="h1" style={{ fontSize: 20 }}>
        Thank you for your order, {props.customerName}
      </Heading>
      <Text>
        {props.storeName} has your order <strong>{props.orderNumber}</strong>.
      </Text>

      <Section>
        {props.items.map((item, i) => (
          <Row key={i}>
            <Column style={cell}>
              {item.quantity} × {item.name}
              {item.variantName ? ` (${item.variantName})` : ''}
              <br />
              <span style={muted}>{money(item.unitPrice)} each</span>
            </Column>
            <Column align="right" style={cell}>
              {money(item.total)}
            </Column>
          </Row>
        ))}
      </Section>
      <Hr style={{ borderColor: '#e4e4e7' }} />
      <Section>
        <TotalRow label="Subtotal" value={money(props.subtotal)} />
        {props.discount > 0 && <TotalRow label={props.couponCode ? `Discount (${props.couponCode})` : 'Discount'} value={`−${money(props.discount)}`} />}
        <TotalRow label={fulfilment.method === 'pickup' ? 'Pick-up' : 'Shipping'} value={props.shipping === 0 ? 'Free' : money(props.shipping)} />
        <TotalRow label={props.pricesIncludeTax ? 'Tax (included in prices)' : 'Tax'} value={money(props.tax)} />
        <TotalRow label="Total" value={money(props.total)} strong />
      </Section>
      <Hr style={{ borderColor: '#e4e4e7' }} />

      {fulfilment.method === 'delivery' ? (
        <Section>
          <Text style={{ fontWeight: 600, marginBottom: 4 }}>Delivery{fulfilment.optionName ? `: ${fulfilment.optionName}` : ''}</Text>
          {fulfilment.address && <Text style={{ marginTop: 0, whiteSpace: 'pre-line' }}>{addressLines(fulfilment.address).join('\n')}</Text>}
          {fulfilment.estimatedHours !== null && <Text style={muted}>Estimated delivery within {fulfilment.estimatedHours} hours.</Text>}
        </Section>
      ) : (
        <Section>
          <Text style={{ fontWeight: 600, marginBottom: 4 }}>Pick-up in store</Text>
          {fulfilment.instructions && <Text style={{ marginTop: 0, whiteSpace: 'pre-line' }}>{fulfilment.instructions}</Text>}
        </Section>
      )}

      <Text>
        <strong>Payment:</strong> {PAYMENT_LABELS[props.paymentMethod]}
      </Text>
      {props.paymentMethod === 'bank_transfer' && (
        <Section style={{ backgroundColor: '#f4f4f5', borderRadius: 6, padding: '4px 16px' }}>
          <Text style={{ fontWeight: 600 }}>How to pay by bank transfer</Text>
          <Text>
            Transfer {money(props.total)} with the reference <strong>{props.orderNumber}</strong>.
          </Text>
          {props.bankTransferInstructions && <Text style={{ whiteSpace: 'pre-line' }}>{props.bankTransferInstructions}</Text>}
        </Section>
      )}

      <Button href={props.orderUrl} style={buttonStyle}>
        View your order
      </Button>
      <Text style={muted}>Keep this email: the link shows your order and its status. Or paste this address into your browser: {props.orderUrl}</Text>
    </EmailLayout>
  );
}
