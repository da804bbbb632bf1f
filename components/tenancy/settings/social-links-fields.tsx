'use client';

import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { SettingsForm } from './types';

const LINKS = [
  { name: 'instagram', label: 'Instagram', placeholder: 'https://instagram.com/yourstore' },
  { name: 'facebook', label: 'Facebook', placeholder: 'https://facebook.com/yourstore' },
  { name: 'twitter', label: 'X (Twitter)', placeholder: 'https://x.com/yourstore' },
  { name: 'whatsapp', label: 'WhatsApp', placeholder: 'https://wa.me/15551234567' },
  { name: 'website', label: 'Website', placeholder: 'https://yourstore.com' },
] as const;

export function SocialLinksFields({ form }: { form: SettingsForm }) {
  const errors = form.formState.errors.socialLinks;
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      {LINKS.map((link) => (
        <FormField key={link.name} id={`social-${link.name}`} label={link.label} error={errors?.[link.name]?.message}>
          <Input type="url" inputMode="url" placeholder={link.placeholder} {...form.register(`socialLinks.${link.name}`)} />
        </FormField>
      ))}
    </div>
  );
}
