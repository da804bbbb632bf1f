'use client';

import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormError } from './form-error';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Runs as the dialog opens: put the form back to its starting values. */
  onOpen: () => void;
  /** The button that opens it. */
  trigger: React.ReactNode;
  title: React.ReactNode;
  titleClassName?: string;
  description: React.ReactNode;
  onSubmit: React.FormEventHandler<HTMLFormElement>;
  formError: string | null;
  pending: boolean;
  submitLabel: string;
  submitDisabled?: boolean;
  /** The fields. */
  children: React.ReactNode;
};

/** A form in a dialog: title, its error, the fields, Cancel and the submit button. Opening starts it afresh. */
export function FormDialog({ open, onOpenChange, onOpen, trigger, title, titleClassName, description, onSubmit, formError, pending, submitLabel, submitDisabled, children }: Props) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (next) onOpen();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle className={titleClassName}>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <FormError message={formError} />
          {children}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={pending} disabled={submitDisabled}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
