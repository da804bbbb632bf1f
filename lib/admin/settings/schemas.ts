import { z } from 'zod';
import { PageParam } from '@/lib/server/list-query';

/** Client-safe: the form and the verbs parse setting values with the same rules. */
export const SETTING_TYPES = ['string', 'number', 'boolean', 'json'] as const;
export type SettingType = (typeof SETTING_TYPES)[number];

export const SETTING_TYPE_LABELS: Record<SettingType, string> = { string: 'Text', number: 'Number', boolean: 'On/off', json: 'JSON' };

const MAX_VALUE_LENGTH = 20_000;

/**
 * A value as typed in the form (always text; a switch sends "true"/"false") turned into what is
 * stored for the setting's type, or the message to show next to the field.
 */
export function parseSettingValue(type: SettingType, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.length > MAX_VALUE_LENGTH) return { ok: false, message: `Keep the value under ${MAX_VALUE_LENGTH.toLocaleString('en')} characters.` };
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'number': {
      const trimmed = text.trim();
      const value = Number(trimmed);
      if (trimmed === '' || !Number.isFinite(value)) return { ok: false, message: 'Enter a number, e.g. 42 or 0.5.' };
      return { ok: true, value };
    }
    case 'boolean':
      if (text === 'true' || text === 'false') return { ok: true, value: text === 'true' };
      return { ok: false, message: 'Choose on or off.' };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch (e) {
        return { ok: false, message: `Not valid JSON: ${e instanceof Error ? e.message : 'it does not parse'}.` };
      }
  }
}

/** A stored value back into the text the form edits. */
export function settingValueText(type: SettingType, value: unknown): string {
  if (type === 'json') return JSON.stringify(value, null, 2);
  if (type === 'string') return typeof value === 'string' ? value : JSON.stringify(value);
  return String(value);
}

export const SettingKey = z
  .string()
  .trim()
  .min(2, 'Give the key at least 2 characters.')
  .max(100, 'Keep the key under 100 characters.')
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'Use lower_snake_case: lowercase letters, digits and single underscores, starting with a letter.');

export const UpdatePlatformSettingInput = z.object({
  key: z.string().min(1),
  value: z.string().max(MAX_VALUE_LENGTH, `Keep the value under ${MAX_VALUE_LENGTH.toLocaleString('en')} characters.`),
});
export type UpdatePlatformSettingInput = z.infer<typeof UpdatePlatformSettingInput>;

export const CreatePlatformSettingInput = z
  .object({
    key: SettingKey,
    type: z.enum(SETTING_TYPES, 'Choose a type.'),
    value: z.string().max(MAX_VALUE_LENGTH),
    description: z.string().trim().max(500, 'Keep the description under 500 characters.').default(''),
    isPublic: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    const parsed = parseSettingValue(input.type, input.value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['value'], message: parsed.message });
  });
export type CreatePlatformSettingInput = z.infer<typeof CreatePlatformSettingInput>;

export const SettingHistoryFilters = z.object({ page: PageParam });
