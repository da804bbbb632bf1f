// The same stand-in as the integrations overview.
export { default } from '../loading';
