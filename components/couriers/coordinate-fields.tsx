'use client';

import { ExternalLink } from 'lucide-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { mapsHref } from '@/lib/delivery/deliveries/geo';
import { splitCoordinatePair } from '@/lib/delivery/zones/coordinates';
import { cn } from '@/lib/utils/cn';

type Props = {
  /** Prefix of the inputs' ids ("wh" → wh-latitude). */
  idPrefix: string;
  legend: string;
  description: React.ReactNode;
  latitude: UseFormRegisterReturn;
  longitude: UseFormRegisterReturn;
  errors: { latitude?: string; longitude?: string };
  /** What the fields hold now, for the "check on a map" link. */
  values: { latitude?: string; longitude?: string };
  /** A "lat, lng" pair pasted into either field: fill both. */
  onPair: (pair: { latitude: string; longitude: string }) => void;
  className?: string;
};

const DEGREES = /^[+-]?\d{1,3}(?:\.\d+)?$/;

/**
 * Optional latitude and longitude in decimal degrees (warehouse pick-up point, zone centre).
 * Pasting "41.3111, 69.2797" from a maps app into either field fills both.
 */
export function CoordinateFields({ idPrefix, legend, description, latitude, longitude, errors, values, onPair, className }: Props) {
  const onPaste = (event: React.ClipboardEvent<HTMLInputElement>) => {
    const pair = splitCoordinatePair(event.clipboardData.getData('text'));
    if (!pair) return;
    event.preventDefault();
    onPair(pair);
  };
  const lat = values.latitude?.trim() ?? '';
  const lng = values.longitude?.trim() ?? '';
  const point = DEGREES.test(lat) && DEGREES.test(lng) ? { latitude: Number(lat), longitude: Number(lng) } : null;

  return (
    <fieldset className={cn('grid gap-5 sm:grid-cols-6', className)} aria-describedby={`${idPrefix}-coordinates-description`}>
      <legend className="mb-1 text-base font-semibold">{legend}</legend>
      <p id={`${idPrefix}-coordinates-description`} className="text-sm text-muted-foreground sm:col-span-6">
        {description}
      </p>
      <FormField id={`${idPrefix}-latitude`} label="Latitude" error={errors.latitude} description="−90 to 90, e.g. 41.3111" className="sm:col-span-3">
        <Input inputMode="decimal" autoComplete="off" spellCheck={false} onPaste={onPaste} {...latitude} />
      </FormField>
      <FormField id={`${idPrefix}-longitude`} label="Longitude" error={errors.longitude} description="−180 to 180, e.g. 69.2797" className="sm:col-span-3">
        <Input inputMode="decimal" autoComplete="off" spellCheck={false} onPaste={onPaste} {...longitude} />
      </FormField>
      {point && (
        <p className="text-sm sm:col-span-6">
          <a href={mapsHref(point)} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline">
            <ExternalLink aria-hidden="true" className="size-4" />
            Check this point on a map
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </fieldset>
  );
}
