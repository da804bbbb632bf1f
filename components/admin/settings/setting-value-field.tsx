'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { parseSettingValue, type SettingType } from '@/lib/admin/settings/schemas';
import { SettingSwitch } from './setting-switch';

type Props = {
  id: string;
  type: SettingType;
  /** The value as text (a switch holds "true"/"false"), registered on the form as `value`. */
  text: string;
  registration: UseFormRegisterReturn<'value'>;
  setText: (text: string) => void;
  serverError?: string;
};

/** The input that fits the type: text, number, an on/off switch, or a JSON textarea checked as it is typed. */
export function SettingValueField({ id, type, text, registration, setText, serverError }: Props) {
  // JSON is checked while typing: the parse error sits next to the field before anything is sent.
  const live = type === 'json' && text.trim() !== '' ? parseSettingValue('json', text) : null;
  const error = serverError ?? (live && !live.ok ? live.message : undefined);

  if (type === 'boolean') {
    return (
      <FormField id={id} label="Value" error={error}>
        <SettingSwitch checked={text === 'true'} onCheckedChange={(on) => setText(on ? 'true' : 'false')} />
      </FormField>
    );
  }
  if (type === 'json') {
    return (
      <FormField id={id} label="Value (JSON)" description="Any JSON value: an object, a list, a string in quotes, a number, true, false or null." error={error}>
        <Textarea rows={8} spellCheck={false} className="font-mono text-xs" {...registration} />
      </FormField>
    );
  }
  if (type === 'number') {
    return (
      <FormField id={id} label="Value" description="A number, e.g. 42 or 0.5." error={error}>
        <Input type="text" inputMode="decimal" autoComplete="off" className="tabular-nums" {...registration} />
      </FormField>
    );
  }
  return (
    <FormField id={id} label="Value" error={error}>
      <Input type="text" autoComplete="off" {...registration} />
    </FormField>
  );
}
