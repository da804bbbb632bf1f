import { register } from 'node:module';

// The app's server modules import 'server-only', which throws outside a React server bundle.
// This process is a server, so resolve it to an empty module (vitest aliases it the same way).
const EMPTY = 'data:text/javascript,export {}';
const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: ${JSON.stringify(EMPTY)}, shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
