'use client';

import { useWatch } from 'react-hook-form';
import { TriangleAlert } from 'lucide-react';
import { AA_CONTRAST, contrastRatio, HEX_COLOR, readableForeground } from '@/lib/tenancy/brand-colors';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { SettingsForm } from './types';

type ColorName = 'brandPrimaryColor' | 'brandSecondaryColor';

/** The hex text field; its colour picker sits beside it and writes the same value. */
function ColorField({ form, name, label, description }: { form: SettingsForm; name: ColorName; label: string; description: string }) {
  return (
    <FormField id={name} label={label} description={description} error={form.formState.errors[name]?.message}>
      <Input className="font-mono uppercase" maxLength={7} spellCheck={false} autoComplete="off" {...form.register(name)} />
    </FormField>
  );
}

function Picker({ form, name, label }: { form: SettingsForm; name: ColorName; label: string }) {
  const value = useWatch({ control: form.control, name });
  return (
    <input
      type="color"
      aria-label={`${label} picker`}
      value={HEX_COLOR.test(value ?? '') ? value.toLowerCase() : '#000000'}
      onChange={(e) => form.setValue(name, e.target.value, { shouldDirty: true, shouldValidate: true })}
      className="h-10 w-14 shrink-0 cursor-pointer rounded-md border border-input bg-background p-1"
    />
  );
}

/** What a shopper would see: a button in the primary colour, a band in the secondary, and contrast warnings. */
function Preview({ primary, secondary }: { primary: string; secondary: string }) {
  const primaryText = readableForeground(primary);
  const secondaryText = readableForeground(secondary);
  const warnings: string[] = [];
  const onPrimary = contrastRatio(primary, primaryText);
  if (onPrimary < AA_CONTRAST) warnings.push(`Text on the primary colour reaches only ${onPrimary.toFixed(1)}:1 contrast; aim for 4.5:1 so buttons stay readable.`);
  const onSecondary = contrastRatio(secondary, secondaryText);
  if (onSecondary < AA_CONTRAST) warnings.push(`Text on the secondary colour reaches only ${onSecondary.toFixed(1)}:1 contrast; aim for 4.5:1.`);
  const onPage = contrastRatio(primary, '#ffffff');
  if (onPage < 3) warnings.push(`The primary colour stands out only ${onPage.toFixed(1)}:1 against a white page; links and outlines in it may be hard to see (aim for 3:1).`);

  return (
    <div className="flex flex-col gap-3">
      <div aria-label="Preview of your brand colours" role="img" className="overflow-hidden rounded-lg border">
        <div className="flex items-center justify-between gap-3 px-4 py-3 text-sm font-semibold" style={{ background: secondary, color: secondaryText }}>
          <span>Your store</span>
          <span className="font-normal opacity-90">Cart (2)</span>
        </div>
        <div className="flex flex-wrap items-center gap-3 bg-white p-4">
          <span className="rounded-md px-4 py-2 text-sm font-medium" style={{ background: primary, color: primaryText }}>
            Add to cart
          </span>
          <span className="text-sm font-medium underline underline-offset-4" style={{ color: primary }}>
            See details
          </span>
        </div>
      </div>
      {warnings.length > 0 && (
        <ul className="flex flex-col gap-1.5" aria-live="polite">
          {warnings.map((w) => (
            <li key={w} className="flex items-start gap-2 text-sm text-warning">
              <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span className="text-foreground">{w}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function BrandColorFields({ form }: { form: SettingsForm }) {
  const [primary, secondary] = useWatch({ control: form.control, name: ['brandPrimaryColor', 'brandSecondaryColor'] });
  const safe = (c: string | undefined, fallback: string) => (HEX_COLOR.test(c ?? '') ? c! : fallback);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="flex flex-col gap-5">
        {(
          [
            ['brandPrimaryColor', 'Primary colour', 'Buttons, links and highlights.'],
            ['brandSecondaryColor', 'Secondary colour', 'Header and footer bands.'],
          ] as const
        ).map(([name, label, description]) => (
          <div key={name} className="flex items-start gap-3">
            <div className="mt-6">
              <Picker form={form} name={name} label={label} />
            </div>
            <div className="min-w-0 flex-1">
              <ColorField form={form} name={name} label={label} description={description} />
            </div>
          </div>
        ))}
      </div>
      <Preview primary={safe(primary, '#4f46e5')} secondary={safe(secondary, '#0f172a')} />
    </div>
  );
}
