'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { FormDialog } from '@/components/forms/form-dialog';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { updatePlatformSettingAction } from '@/lib/admin/settings/actions';
import { settingValueText, UpdatePlatformSettingInput, type SettingType } from '@/lib/admin/settings/schemas';
import { SettingTypeBadge } from './setting-type-badge';
import { SettingValueField } from './setting-value-field';

type Props = { setting: { key: string; type: SettingType; value: unknown; description: string | null } };

/** Edits one setting's value with the input its type calls for. */
export function EditSettingDialog({ setting }: Props) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const initial = { key: setting.key, value: settingValueText(setting.type, setting.value) };
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: UpdatePlatformSettingInput,
    defaultValues: initial,
    action: updatePlatformSettingAction,
    onSuccess: (result) => {
      toast({ title: result.changed ? `${setting.key} is saved.` : `${setting.key} already had that value.`, variant: result.changed ? 'success' : 'default' });
      setOpen(false);
      router.refresh();
    },
  });
  const text = form.watch('value') ?? '';

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      onOpen={() => form.reset(initial)}
      trigger={
        <Button variant="outline" size="sm" aria-label={`Edit ${setting.key}`}>
          Edit
        </Button>
      }
      title={
        <>
          <span className="font-mono">{setting.key}</span>
          <SettingTypeBadge type={setting.type} />
        </>
      }
      titleClassName="flex flex-wrap items-center gap-2"
      description={setting.description || 'Every change is kept in the setting’s history and the audit log.'}
      onSubmit={onSubmit}
      formError={formError}
      pending={pending}
      submitLabel="Save"
    >
      <SettingValueField
        id={`setting-${setting.key}-value`}
        type={setting.type}
        text={text}
        registration={form.register('value')}
        setText={(next) => form.setValue('value', next, { shouldDirty: true })}
        serverError={form.formState.errors.value?.message}
      />
    </FormDialog>
  );
}
