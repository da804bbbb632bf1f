import { z } from 'zod';
import { IMPORT_MODES, MAX_FILE_BYTES } from './format';

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/** The import form (multipart), shared by the upload form and the route. */
export const ImportForm = z.object({
  file: z
    .instanceof(Blob, { message: 'Choose a CSV file.' })
    .refine((f) => f.size > 0, 'The file is empty.')
    .refine((f) => f.size <= MAX_FILE_BYTES, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it into several files.`)
    .refine((f) => !('name' in f) || !SPREADSHEET.test(String(f.name)), 'This is a spreadsheet file: save it as CSV (UTF-8) first.'),
  mode: z.enum(IMPORT_MODES, { message: 'Choose what happens when some rows have errors.' }),
  dry_run: z
    .enum(['true', 'false', '1', '0', 'on', 'off', ''], { message: 'Use true or false.' })
    .optional()
    .transform((v) => v === 'true' || v === '1' || v === 'on'),
});
export type ImportForm = z.output<typeof ImportForm>;
