import { Button, Heading, Text } from '@react-email/components';
import { buttonStyle, EmailLayout } from './layout';

export function ResetPasswordEmail({ url }: { url: string }) {
  return (
    <EmailLayout preview="Reset your password">
      <Heading as="h1" style={{ fontSize: 20 }}>Reset your password</Heading>
      <Text>Someone asked to reset the password of this account. If it was you, choose a new password:</Text>
      <Button href={url} style={buttonStyle}>Choose a new password</Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>
        The link works once, for one hour. Resetting signs out every other session. Or paste this address into your browser: {url}
      </Text>
    </EmailLayout>
  );
}
