/**
 * The most common passwords from breach corpora (SecLists top lists, NCSC's 100k list),
 * kept to the ones at least 10 characters long (shorter ones fail the length rule anyway)
 * plus the classics people pad to length. Compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '0987654321',
  '1111111111',
  '0000000000',
  '1234512345',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'asdfghjkl1',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'passwordpassword',
  'iloveyou12',
  'iloveyou123',
  'letmein123',
  'welcome123',
  'football123',
  'princess123',
  'sunshine123',
  'administrator',
  'changeme123',
  'abcdefghij',
  'abcd123456',
  'a123456789',
  '123456789a',
  'zaq12wsxcde',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.trim().toLowerCase());
}
