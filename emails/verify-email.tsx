import { Button, Heading, Text } from '@react-email/components';
import { buttonStyle, EmailLayout } from './layout';

export function VerifyEmail({ name, url }: { name: string | null; url: string }) {
  return (
    <EmailLayout preview="Confirm your email address">
      <Heading as="h1" style={{ fontSize: 20 }}>Confirm your email address</Heading>
      <Text>Hi{name ? ` ${name}` : ''}, confirm that this is your email address to finish setting up your account.</Text>
      <Button href={url} style={buttonStyle}>Confirm email</Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>The link works for 24 hours. Or paste this address into your browser: {url}</Text>
    </EmailLayout>
  );
}
