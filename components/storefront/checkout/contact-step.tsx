'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { ContactStep } from '@/lib/storefront/checkout/schemas';

type Props = {
  defaultValues: ContactStep;
  signedIn: boolean;
  signInHref: string;
  onDone: (values: ContactStep) => void;
};

export function ContactStepForm({ defaultValues, signedIn, signInHref, onDone }: Props) {
  const form = useForm<ContactStep>({ resolver: zodResolver(ContactStep), defaultValues, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={form.handleSubmit(onDone)} className="flex flex-col gap-5">
      {!signedIn && (
        <p className="text-sm text-muted-foreground">
          Have an account?{' '}
          <Link href={signInHref} className="font-medium text-primary underline-offset-4 hover:underline">
            Sign in for faster checkout
          </Link>
          , or continue as a guest.
        </p>
      )}
      <FormField id="contact-email" label="Email" required description="We send your order confirmation here." error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" {...form.register('email')} />
      </FormField>
      <FormField id="contact-name" label="Name" required error={errors.name?.message}>
        <Input autoComplete="name" {...form.register('name')} />
      </FormField>
      <FormField id="contact-phone" label="Phone" required description="For questions about your order." error={errors.phone?.message}>
        <Input type="tel" autoComplete="tel" inputMode="tel" {...form.register('phone')} />
      </FormField>
      <div className="flex justify-end">
        <Button type="submit" className="w-full sm:w-auto">
          Continue to delivery
        </Button>
      </div>
    </form>
  );
}
