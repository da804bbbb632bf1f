import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * Leaving a field empty does not flag it straight away (submitting still does). Otherwise
 * tabbing past an autofocused field, or clicking a link below it, inserts an error that
 * shifts the page under the pointer and the click misses.
 */
export function quietBlur<T extends UseFormRegisterReturn>(field: T): T {
  return { ...field, onBlur: (event) => (event.target.value ? field.onBlur(event) : Promise.resolve()) };
}
