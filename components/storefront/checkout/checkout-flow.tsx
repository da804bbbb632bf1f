'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { PaymentMethod } from '@/db/schema/orders/orders';
import type { Quote } from '@/lib/checkout/quote-checkout';
import { formatMoney } from '@/lib/money/money';
import type { ActionError } from '@/lib/server/action';
import { EMPTY_CART_MESSAGE as EMPTY_CART, type AddressDraft, type ContactStep, type FulfilmentStep } from '@/lib/storefront/checkout/schemas';
import { CheckoutStepper } from './checkout-stepper';
import { ContactStepForm } from './contact-step';
import { DeliveryStep } from './delivery-step';
import { FulfilmentStepForm } from './fulfilment-step';
import { PaymentStepForm } from './payment-step';
import { PriceSummary } from './price-summary';
import { ReviewStep } from './review-step';
import { emptyAddress, type CheckoutActions, type CheckoutSetup } from './types';

const STEPS = ['Contact', 'Delivery or pick-up', 'Delivery option', 'Coupon and payment', 'Review'] as const;

/** What the next quote is for: every change of these re-prices on the server. */
type Selection = { fulfilment: 'delivery' | 'pickup'; address: AddressDraft; tariffId: string | null; couponCode: string | null };

function initialFulfilment(setup: CheckoutSetup): FulfilmentStep {
  const saved = setup.savedAddresses.find((a) => a.isDefault) ?? setup.savedAddresses[0];
  const address: AddressDraft = saved
    ? {
        fullName: saved.fullName,
        phone: saved.phone,
        country: saved.country,
        city: saved.city,
        district: saved.district ?? '',
        street: saved.street,
        building: saved.building ?? '',
        apartment: saved.apartment ?? '',
        postalCode: saved.postalCode ?? '',
        instructions: saved.instructions ?? '',
      }
    : { ...emptyAddress(setup.defaultCountry), fullName: setup.contact.name, phone: setup.contact.phone };
  return { fulfilment: 'delivery', savedAddressId: saved?.id ?? 'new', address, saveAddress: false };
}

/** The checkout in five steps; totals always come from the server's latest quote. */
export function CheckoutFlow({ setup, actions }: { setup: CheckoutSetup; actions: CheckoutActions }) {
  const router = useRouter();
  const [step, setStep] = useState(0);
  const [reached, setReached] = useState(0);
  const [contact, setContact] = useState<ContactStep>(setup.contact);
  const [fulfilmentStep, setFulfilmentStep] = useState<FulfilmentStep>(() => initialFulfilment(setup));
  const [selection, setSelection] = useState<Selection>(() => ({ fulfilment: 'delivery', address: initialFulfilment(setup).address, tariffId: null, couponCode: null }));
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod | null>(setup.paymentMethods.length === 1 ? setup.paymentMethods[0]! : null);
  const [quote, setQuote] = useState<Quote>(setup.initialQuote);
  const [quoting, setQuoting] = useState(false);
  const [quoteError, setQuoteError] = useState<string | null>(null);
  const [couponError, setCouponError] = useState<string | null>(null);
  const [placing, setPlacing] = useState(false);
  const [placeError, setPlaceError] = useState<string | null>(null);
  const [refusedLines, setRefusedLines] = useState<{ label: string; message: string }[]>([]);
  const [priceChange, setPriceChange] = useState<string | null>(null);
  const quoteSeq = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const money = (minor: number) => formatMoney(minor, quote.snapshot.currency, setup.locale);

  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const go = (next: number) => {
    setStep(next);
    setReached((r) => Math.max(r, next));
  };

  const lineLabel = (variantId: string, q: Quote = quote) => {
    const line = q.snapshot.lines.find((l) => l.variantId === variantId);
    return line ? (line.variantName && line.variantName !== 'Default' ? `${line.name} (${line.variantName})` : line.name) : 'An item';
  };

  /** Re-prices on the server; a stale answer (a newer request went out) is dropped. */
  const requote = async (next: Selection): Promise<Quote | null> => {
    setSelection(next);
    const seq = ++quoteSeq.current;
    setQuoting(true);
    setQuoteError(null);
    const result = await actions.quote({
      fulfilment: next.fulfilment,
      address: next.fulfilment === 'delivery' ? next.address : null,
      tariffId: next.tariffId,
      couponCode: next.couponCode,
      email: contact.email,
    });
    if (seq !== quoteSeq.current) return null;
    setQuoting(false);
    if (result.error) {
      if (result.error.message === EMPTY_CART) router.push('/cart');
      setQuoteError(result.error.message);
      return null;
    }
    setQuote(result.data);
    setSelection({ ...next, tariffId: result.data.selectedTariffId });
    return result.data;
  };

  const placeFailed = (error: ActionError) => {
    if (error.message === EMPTY_CART) return router.push('/cart');
    const fields = Object.entries(error.fieldErrors ?? {});
    const lines = fields.filter(([key]) => key.startsWith('lines.'));
    if (lines.length > 0) {
      setRefusedLines(lines.map(([key, messages]) => ({ label: lineLabel(key.slice('lines.'.length)), message: messages?.[0] ?? error.message })));
      return;
    }
    const details = fields.flatMap(([, messages]) => messages?.slice(0, 1) ?? []);
    setPlaceError(details.length > 0 ? `${error.message} ${details.join(' ')}` : error.message);
  };

  const place = async (customerNote: string) => {
    if (!paymentMethod) return go(3);
    setPlacing(true);
    setPlaceError(null);
    setRefusedLines([]);
    setPriceChange(null);
    const delivery = selection.fulfilment === 'delivery';
    const result = await actions.place({
      contact,
      fulfilment: selection.fulfilment,
      shippingAddress: delivery ? selection.address : null,
      saveAddress: delivery && fulfilmentStep.savedAddressId === 'new' && fulfilmentStep.saveAddress,
      tariffId: delivery ? selection.tariffId : null,
      couponCode: selection.couponCode,
      paymentMethod,
      customerNote: customerNote.trim() || null,
      expectedTotal: quote.snapshot.total,
    });
    if (result.data?.status === 'placed') {
      // Stays "placing" until the next page is in, so the order cannot be sent twice.
      window.location.assign(result.data.redirectTo);
      return;
    }
    setPlacing(false);
    if (result.error) return placeFailed(result.error);
    const changed = result.data;
    if (changed?.status === 'quote_changed') {
      setQuote(changed.quote);
      setSelection((s) => ({ ...s, tariffId: changed.quote.selectedTariffId }));
      setPriceChange(changed.message);
    }
  };

  const quoteLineProblems = quote.lineProblems.map((p) => ({ label: lineLabel(p.variantId), message: p.message }));
  const busy = quoting || placing;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex min-w-0 flex-col gap-6">
        <CheckoutStepper steps={STEPS} current={step} reached={reached + 1} onSelect={go} disabled={busy} />
        <details className="rounded-lg border p-4 lg:hidden">
          <summary className="cursor-pointer text-sm font-medium">
            Order summary · {money(quote.snapshot.total)}
          </summary>
          <PriceSummary snapshot={quote.snapshot} locale={setup.locale} className="mt-4" />
        </details>
        <Card>
          <CardHeader>
            <CardTitle as="h2">
              <span ref={headingRef} tabIndex={-1} className="outline-none">
                <span className="sr-only">
                  Step {step + 1} of {STEPS.length}:{' '}
                </span>
                {STEPS[step]}
              </span>
            </CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <FormError message={quoteError} />
            {step === 0 && (
              <ContactStepForm
                defaultValues={contact}
                signedIn={setup.signedIn}
                signInHref={setup.signInHref}
                onDone={(values) => {
                  setContact(values);
                  go(1);
                }}
              />
            )}
            {step === 1 && (
              <FulfilmentStepForm
                defaultValues={fulfilmentStep}
                savedAddresses={setup.savedAddresses}
                signedIn={setup.signedIn}
                pickupEnabled={setup.pickupEnabled}
                pickupInstructions={setup.pickupInstructions}
                countries={setup.countries}
                defaultCountry={setup.defaultCountry}
                pending={quoting}
                onBack={() => go(0)}
                onDone={async (values) => {
                  setFulfilmentStep(values);
                  const q = await requote({ ...selection, fulfilment: values.fulfilment, address: values.address });
                  if (q) go(2);
                }}
              />
            )}
            {step === 2 && (
              <DeliveryStep
                quote={quote}
                fulfilment={selection.fulfilment}
                city={selection.address.city}
                currency={quote.snapshot.currency}
                locale={setup.locale}
                pickupEnabled={setup.pickupEnabled}
                pickupInstructions={setup.pickupInstructions}
                pending={quoting}
                onChooseTariff={(tariffId) => void requote({ ...selection, tariffId })}
                onChoosePickup={async () => {
                  setFulfilmentStep((f) => ({ ...f, fulfilment: 'pickup' }));
                  await requote({ ...selection, fulfilment: 'pickup', tariffId: null });
                }}
                onBack={() => go(1)}
                onDone={() => go(3)}
              />
            )}
            {step === 3 && (
              <PaymentStepForm
                paymentMethods={setup.paymentMethods}
                paymentMethod={paymentMethod}
                appliedCoupon={selection.couponCode}
                couponError={couponError}
                pending={quoting}
                onApplyCoupon={async (code) => {
                  setCouponError(null);
                  const q = await requote({ ...selection, couponCode: code.toUpperCase() });
                  if (q?.couponError) {
                    setCouponError(q.couponError);
                    setSelection((s) => ({ ...s, couponCode: null }));
                  }
                }}
                onRemoveCoupon={() => {
                  setCouponError(null);
                  void requote({ ...selection, couponCode: null });
                }}
                onBack={() => go(2)}
                onDone={async (values) => {
                  setPaymentMethod(values.paymentMethod);
                  // A fresh quote for the review: prices or stock may have moved meanwhile.
                  const q = await requote(selection);
                  if (q) go(4);
                }}
              />
            )}
            {step === 4 && paymentMethod && (
              <ReviewStep
                quote={quote}
                locale={setup.locale}
                contact={contact}
                fulfilment={selection.fulfilment}
                address={selection.address}
                paymentMethod={paymentMethod}
                lineProblems={refusedLines.length > 0 ? refusedLines : quoteLineProblems}
                priceChangeMessage={priceChange}
                placeError={placeError}
                placing={placing}
                onEdit={go}
                onPlace={place}
              />
            )}
          </CardContent>
        </Card>
      </div>
      <aside aria-labelledby="summary-heading" className="hidden lg:block">
        <Card className="sticky top-6">
          <CardHeader>
            <CardTitle as="h2" id="summary-heading">
              Order summary
            </CardTitle>
          </CardHeader>
          <CardContent aria-busy={quoting || undefined}>
            <PriceSummary snapshot={quote.snapshot} locale={setup.locale} className={quoting ? 'opacity-60' : undefined} />
          </CardContent>
        </Card>
      </aside>
    </div>
  );
}
