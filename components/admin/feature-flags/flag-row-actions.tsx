'use client';

import { Pencil, Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { Button } from '@/components/ui/button';
import { deleteFlagAction } from '@/lib/features/actions';
import type { UpdateFlagInput } from '@/lib/features/schemas';
import { FlagFormDialog } from './flag-form-dialog';

type Props = {
  flag: UpdateFlagInput;
  allFlags: { key: string; name: string; category: string }[];
  /** Names of the flags that depend on this one: while any does, it cannot be deleted. */
  dependents: string[];
};

export function FlagRowActions({ flag, allFlags, dependents }: Props) {
  return (
    <div className="flex justify-end gap-2">
      <FlagFormDialog
        flag={flag}
        allFlags={allFlags}
        trigger={
          <Button variant="outline" size="sm">
            <Pencil aria-hidden="true" />
            Edit<span className="sr-only"> {flag.name}</span>
          </Button>
        }
      />
      <ConfirmActionButton
        trigger={
          <>
            <Trash2 aria-hidden="true" />
            Delete<span className="sr-only"> {flag.name}</span>
          </>
        }
        triggerSize="sm"
        title={`Delete ${flag.name}?`}
        description={
          dependents.length > 0
            ? `It cannot be deleted while ${dependents.join(', ')} depend${dependents.length === 1 ? 's' : ''} on it. Remove that dependency first.`
            : 'Organizations lose it at once, and their overrides of it are removed. This cannot be undone.'
        }
        confirmLabel="Delete flag"
        pendingLabel="Deleting…"
        destructive
        run={() => deleteFlagAction({ key: flag.key })}
        successMessage={`${flag.name} was deleted.`}
        refresh="always"
      />
    </div>
  );
}
