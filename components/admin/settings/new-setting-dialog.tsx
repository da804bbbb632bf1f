'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
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
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) form.reset(blank);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          New setting
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>New platform setting</DialogTitle>
            <DialogDescription>The type decides which values the setting accepts from now on.</DialogDescription>
          </DialogHeader>
          <FormError message={formError} />
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
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Add setting
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
