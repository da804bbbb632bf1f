'use client';

import { useId, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { CircleAlert, ImageUp } from 'lucide-react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { toast } from '@/components/ui/use-toast';
import { uploadProductImagesAction } from '@/lib/catalog/images/actions';
import { MAX_FILES_PER_UPLOAD, MAX_IMAGES_PER_PRODUCT, UPLOAD_REQUEST_MAX_BYTES } from '@/lib/catalog/images/schemas';
import { ACCEPTED_IMAGE_ACCEPT, ACCEPTED_IMAGE_NAMES, formatBytes, IMAGE_MAX_BYTES } from '@/lib/storage/image-limits';
import { cn } from '@/lib/utils/cn';
import { checkImageFiles, planUploadBatches } from './upload-plan';

type Props = { slug: string; productId: string; existing: number };

/**
 * Drop zone and file picker. Files are checked here first (type, size, room left), then sent
 * in requests of at most 10 files and 12 MB; the bar moves as each request is stored. The
 * server checks every file again and stores a request all or nothing.
 */
export function ImageUploader({ slug, productId, existing }: Props) {
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<{ title: string; items: string[] } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [, startRefresh] = useTransition();
  const full = existing >= MAX_IMAGES_PER_PRODUCT;
  const busy = progress !== null;

  const upload = async (files: File[]) => {
    if (inputRef.current) inputRef.current.value = '';
    if (files.length === 0 || busy) return;
    const found = checkImageFiles(files, existing);
    setProblems(found.length > 0 ? { title: 'Nothing was uploaded. Please fix this first:', items: found } : null);
    if (found.length > 0) return;
    let done = 0;
    setProgress({ done, total: files.length });
    for (const batch of planUploadBatches(files)) {
      const data = new FormData();
      data.set('productId', productId);
      for (const file of batch) data.append('files', file);
      const result = await uploadProductImagesAction(slug, data);
      if (result.error) {
        const message = result.error.fieldErrors?.files?.[0] ?? result.error.message;
        const title = done > 0 ? `The first ${done} image${done === 1 ? ' was' : 's were'} uploaded; the rest were not:` : 'The upload was refused:';
        setProblems({ title, items: [message] });
        break;
      }
      done += batch.length;
      setProgress({ done, total: files.length });
    }
    if (done > 0) toast({ title: `${done} image${done === 1 ? '' : 's'} uploaded`, variant: 'success' });
    setProgress(null);
    startRefresh(() => router.refresh());
  };

  return (
    <div className="flex flex-col gap-3">
      <div
        onDragOver={(e) => {
          if (full || busy) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!full) void upload([...e.dataTransfer.files]);
        }}
        className={cn(
          'flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-8 text-center transition-colors',
          dragging ? 'border-primary bg-primary/5' : 'border-border',
        )}
      >
        <ImageUp aria-hidden="true" className="size-8 text-muted-foreground" />
        <p className="text-sm font-medium">{full ? `This product has ${MAX_IMAGES_PER_PRODUCT} images, the most it can have.` : 'Drag images here, or'}</p>
        <label htmlFor={id} className="sr-only">
          Product images
        </label>
        <input
          ref={inputRef}
          id={id}
          type="file"
          multiple
          accept={ACCEPTED_IMAGE_ACCEPT}
          className="sr-only"
          tabIndex={-1}
          disabled={full || busy}
          onChange={(e) => void upload([...(e.target.files ?? [])])}
        />
        <Button type="button" variant="outline" disabled={full} loading={busy} onClick={() => inputRef.current?.click()} aria-controls={id} aria-describedby={`${id}-help`}>
          Choose images
        </Button>
        <p id={`${id}-help`} className="max-w-md text-sm text-muted-foreground">
          {ACCEPTED_IMAGE_NAMES}, up to {formatBytes(IMAGE_MAX_BYTES)} each; {MAX_IMAGES_PER_PRODUCT - existing} of {MAX_IMAGES_PER_PRODUCT} places left. Uploads
          travel in parts of at most {MAX_FILES_PER_UPLOAD} images and {formatBytes(UPLOAD_REQUEST_MAX_BYTES)}, so large selections take a few steps.
        </p>
      </div>

      {progress && (
        <div className="flex flex-col gap-1.5" role="status">
          <Progress value={progress.done} max={progress.total} label="Uploading images" />
          <p className="text-sm text-muted-foreground">
            Uploading and resizing… {progress.done} of {progress.total} image{progress.total === 1 ? '' : 's'} done
          </p>
        </div>
      )}
      {problems && (
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>
            <p className="font-medium">{problems.title}</p>
            <ul className="mt-1 list-disc pl-5">
              {problems.items.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      )}
    </div>
  );
}
