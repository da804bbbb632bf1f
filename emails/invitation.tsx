import { Button, Heading, Text } from '@react-email/components';
import { buttonStyle, EmailLayout } from './layout';

export function InvitationEmail({ organizationName, inviterName, role, url }: { organizationName: string; inviterName: string; role: string; url: string }) {
  return (
    <EmailLayout preview={`Join ${organizationName} on Commerce Platform`}>
      <Heading as="h1" style={{ fontSize: 20 }}>Join {organizationName}</Heading>
      <Text>
        {inviterName} invited you to join {organizationName} as {role === 'admin' ? 'an' : 'a'} {role}.
      </Text>
      <Button href={url} style={buttonStyle}>Accept the invitation</Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>The invitation expires in 7 days. Or paste this address into your browser: {url}</Text>
    </EmailLayout>
  );
}
