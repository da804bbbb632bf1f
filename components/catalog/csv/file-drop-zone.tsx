'use client';

import { useState } from 'react';
import { FileSpreadsheet, Upload } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

type FileDropZoneProps = {
  id: string;
  file: File | null;
  onFile: (file: File | null) => void;
  disabled?: boolean;
  /** ids of the description and error, for aria-describedby. */
  describedBy?: string;
  invalid?: boolean;
};

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * A file input dressed as a drop zone: the real input stays in the tab order (visually hidden),
 * so keyboard and screen-reader users get the native picker; dropping a file also works.
 */
export function FileDropZone({ id, file, onFile, disabled, describedBy, invalid }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  return (
    <label
      htmlFor={id}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!disabled && e.dataTransfer.files[0]) onFile(e.dataTransfer.files[0]);
      }}
      className={cn(
        'flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-6 py-10 text-center transition-colors',
        'hover:bg-accent/50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring',
        dragging && 'border-primary bg-primary/5',
        invalid && 'border-destructive',
        disabled && 'pointer-events-none opacity-60',
      )}
    >
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
      {file ? (
        <>
          <FileSpreadsheet aria-hidden="true" className="size-8 text-primary" />
          <span className="font-medium break-all">{file.name}</span>
          <span className="text-sm text-muted-foreground">{size(file.size)} · choose or drop another file to replace it</span>
        </>
      ) : (
        <>
          <Upload aria-hidden="true" className="size-8 text-muted-foreground" />
          <span className="font-medium">Drop a CSV file here, or choose one</span>
          <span className="text-sm text-muted-foreground">UTF-8 CSV, up to 20 MB</span>
        </>
      )}
    </label>
  );
}
