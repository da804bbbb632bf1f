'use client';

import { useState } from 'react';
import Link from 'next/link';
import { CircleAlert } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import type { PaymentMethod } from '@/db/schema/orders/orders';
import type { Quote } from '@/lib/checkout/quote-checkout';
import type { AddressDraft, ContactStep } from '@/lib/storefront/checkout/schemas';
import { formatAddress } from './address-fields';
import { PriceSummary } from './price-summary';
import { PAYMENT_METHOD_TEXT } from './types';

type Props = {
  quote: Quote;
  locale: string;
  contact: ContactStep;
  fulfilment: 'delivery' | 'pickup';
  address: AddressDraft;
  paymentMethod: PaymentMethod;
  /** Lines the server refused (stock, limits), by product name. */
  lineProblems: { label: string; message: string }[];
  /** The total moved since the last quote: the new one is shown, and the shopper confirms again. */
  priceChangeMessage: string | null;
  placeError: string | null;
  placing: boolean;
  onEdit: (step: number) => void;
  onPlace: (customerNote: string) => void;
};

/** Everything the order will be, as the server quoted it, and "Place order". */
export function ReviewStep({ quote, locale, contact, fulfilment, address, paymentMethod, lineProblems, priceChangeMessage, placeError, placing, onEdit, onPlace }: Props) {
  const [note, setNote] = useState('');
  const delivery = quote.snapshot.delivery;
  const blocked = lineProblems.length > 0 || (fulfilment === 'delivery' && delivery?.method !== 'delivery');
  const edit = (step: number, what: string) => (
    <Button type="button" variant="link" size="sm" className="h-auto p-0" onClick={() => onEdit(step)} disabled={placing}>
      Change<span className="sr-only"> {what}</span>
    </Button>
  );

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        if (!blocked) onPlace(note);
      }}
    >
      {priceChangeMessage && (
        <Alert variant="warning" role="alert">
          <CircleAlert aria-hidden="true" />
          <AlertTitle>The total has changed</AlertTitle>
          <AlertDescription>{priceChangeMessage} Check the new total below and place the order again.</AlertDescription>
        </Alert>
      )}
      {lineProblems.length > 0 && (
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden="true" />
          <AlertTitle>Some items cannot be ordered as they are</AlertTitle>
          <AlertDescription>
            <ul className="list-disc pl-4">
              {lineProblems.map((p) => (
                <li key={p.label + p.message}>
                  <span className="font-medium">{p.label}:</span> {p.message}
                </li>
              ))}
            </ul>
            <Link href="/cart" className="font-medium underline underline-offset-4">
              Update your cart
            </Link>
          </AlertDescription>
        </Alert>
      )}
      <FormError message={placeError} />

      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <dt className="flex items-center justify-between font-medium">Contact {edit(0, 'contact')}</dt>
          <dd className="text-muted-foreground">
            {contact.name}
            <br />
            {contact.email}
            <br />
            {contact.phone}
          </dd>
        </div>
        <div className="flex flex-col gap-1">
          <dt className="flex items-center justify-between font-medium">
            {fulfilment === 'pickup' ? 'Pick-up' : 'Delivery'} {edit(fulfilment === 'pickup' ? 1 : 2, 'delivery')}
          </dt>
          <dd className="text-muted-foreground">
            {fulfilment === 'pickup' ? 'Pick up in store' : formatAddress(address)}
            {delivery?.method === 'delivery' && (
              <>
                <br />
                {delivery.tariffName}
                {delivery.estimatedHours !== null && ` · within ${delivery.estimatedHours} hours`}
              </>
            )}
          </dd>
        </div>
        <div className="flex flex-col gap-1">
          <dt className="flex items-center justify-between font-medium">Payment {edit(3, 'payment method')}</dt>
          <dd className="text-muted-foreground">{PAYMENT_METHOD_TEXT[paymentMethod].label}</dd>
        </div>
      </dl>

      <PriceSummary snapshot={quote.snapshot} locale={locale} />

      <FormField id="customer-note" label="Note for the store (optional)">
        <Textarea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button type="button" variant="outline" onClick={() => onEdit(3)} disabled={placing}>
          Back
        </Button>
        <Button type="submit" size="lg" loading={placing} disabled={blocked}>
          {placing ? 'Placing your order…' : paymentMethod === 'card' ? 'Place order and pay' : 'Place order'}
        </Button>
      </div>
    </form>
  );
}
