'use client';

import { useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Star } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import type { ActionResult } from '@/lib/server/action';
import type { DeliveryRating } from '@/lib/storefront/delivery-rating/rate-delivery';
import { DeliveryRatingFields, type RateDeliveryInput, type RatingAccessInput } from '@/lib/storefront/delivery-rating/schemas';
import { cn } from '@/lib/utils/cn';
import { RatingStars } from './rating-stars';

type Props = {
  /** How this page reaches the order (its link token, its number in the account), or the email's rating grant. */
  access: RatingAccessInput;
  /** rateDeliveryAction bound to this store's site. */
  action: (input: RateDeliveryInput) => Promise<ActionResult<DeliveryRating>>;
  /** The rating already given, if any. */
  rating: { stars: number; feedback: string | null } | null;
};

const STARS = [1, 2, 3, 4, 5] as const;

/** After delivery: five stars (a radio group, arrow keys move between them) and optional feedback; then thanks. */
export function DeliveryRatingForm({ access, action, rating: initial }: Props) {
  const [rating, setRating] = useState(initial);
  const [justRated, setJustRated] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: DeliveryRatingFields,
    defaultValues: { feedback: '' },
    action: (values) => action({ access, stars: values.stars, feedback: values.feedback ?? undefined }),
    onSuccess: (data) => {
      setRating({ stars: data.stars, feedback: data.feedback });
      setJustRated(true);
    },
  });
  // The form (and its focused button) is gone: keep the keyboard user's place on the thanks.
  useEffect(() => {
    if (justRated) thanks.current?.focus();
  }, [justRated]);
  const chosen = Number(useWatch({ control: form.control, name: 'stars' }) ?? 0);
  const { errors } = form.formState;

  return (
    <div>
      <div aria-live="polite">
        {rating && (
          <div className="flex flex-col gap-2">
            <p ref={thanks} tabIndex={-1} className="font-medium outline-none">
              Thanks for rating the delivery
            </p>
            <RatingStars stars={rating.stars} />
            {rating.feedback && <p className="text-sm whitespace-pre-line text-muted-foreground">“{rating.feedback}”</p>}
          </div>
        )}
      </div>
      {!rating && (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormError message={formError} />
          <FormFieldset id="stars" legend="How was the delivery?" required error={errors.stars?.message}>
            {(control) => (
              <div className="flex gap-1">
                {STARS.map((n) => (
                  <label
                    key={n}
                    className="flex size-11 cursor-pointer items-center justify-center rounded-md has-focus-visible:ring-2 has-focus-visible:ring-ring has-focus-visible:ring-offset-2 hover:bg-accent"
                  >
                    <input type="radio" value={n} {...control} {...form.register('stars')} className="sr-only" />
                    <Star aria-hidden="true" className={cn('size-7', n <= chosen ? 'fill-amber-400 text-amber-500' : 'text-muted-foreground')} />
                    <span className="sr-only">{n === 1 ? '1 star' : `${n} stars`}</span>
                  </label>
                ))}
              </div>
            )}
          </FormFieldset>
          <FormField id="feedback" label="Anything to add? (optional)" description="Up to 1000 characters." error={errors.feedback?.message}>
            <Textarea rows={3} maxLength={1000} {...form.register('feedback')} />
          </FormField>
          <div>
            <Button type="submit" loading={pending}>
              Send rating
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
