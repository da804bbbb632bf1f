'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import { FormDialog } from '@/components/forms/form-dialog';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { createPlatformSettingAction } from '@/lib/admin/settings/actions';
import { CreatePlatformSettingInput, SETTING_TYPE_LABELS, SETTING_TYPES, type SettingType } from '@/lib/admin/settings/schemas';
import { SettingValueField } from './setting-value-field';

const EMPTY_VALUE: Record<SettingType, string> = { string: '', number: '0', boolean: 'false', json: '{}' };
const blank = { key: '', type: 'string' as SettingType, value: '', description: '', isPublic: false };

/** Adds a platform setting: its key, type, first value, and whether the storefronts may read it. */
export function NewSettingDialog() {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CreatePlatformSettingInput,
    defaultValues: blank,
    action: createPlatformSettingAction,
    successMessage: 'Setting added.',
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const type = form.watch('type') ?? 'string';
  const errors = form.formState.errors;

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      onOpen={() => form.reset(blank)}
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          New setting
        </Button>
      }
      title="New platform setting"
      description="The type decides which values the setting accepts from now on."
      onSubmit={onSubmit}
      formError={formError}
      pending={pending}
      submitLabel="Add setting"
    >
      <FormField id="new-setting-key" label="Key" required description="lower_snake_case, e.g. support_email." error={errors.key?.message}>
        <Input autoComplete="off" spellCheck={false} className="font-mono" {...form.register('key')} />
      </FormField>
      <FormField id="new-setting-type" label="Type" required error={errors.type?.message}>
        <Select
          {...form.register('type', {
            onChange: (event: React.ChangeEvent<HTMLSelectElement>) => form.setValue('value', EMPTY_VALUE[event.target.value as SettingType] ?? ''),
          })}
        >
          {SETTING_TYPES.map((t) => (
            <option key={t} value={t}>
              {SETTING_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
      </FormField>
      <SettingValueField
        id="new-setting-value"
        type={type}
        text={form.watch('value') ?? ''}
        registration={form.register('value')}
        setText={(next) => form.setValue('value', next, { shouldDirty: true })}
        serverError={errors.value?.message}
      />
      <FormField id="new-setting-description" label="Description" error={errors.description?.message}>
        <Textarea rows={2} maxLength={500} {...form.register('description')} />
      </FormField>
      <Checkbox label="Public: storefronts and the public API may read it" {...form.register('isPublic')} />
    </FormDialog>
  );
}
