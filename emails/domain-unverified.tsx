import { Button, Heading, Text } from '@react-email/components';
import { buttonStyle, EmailLayout } from './layout';

type Props = { storeName: string; hostname: string; error: string | null; checks: number; url: string };

/** A verified custom domain failed its DNS check several times in a row and no longer serves the store. */
export function DomainUnverifiedEmail({ storeName, hostname, error, checks, url }: Props) {
  return (
    <EmailLayout preview={`${hostname} no longer points to ${storeName}`}>
      <Heading as="h1" style={{ fontSize: 20 }}>
        {hostname} stopped serving your store
      </Heading>
      <Text>
        We check the DNS records of your custom domains every hour. The verification record of <strong>{hostname}</strong> was missing {checks} times
        in a row, so shoppers who visit {hostname} no longer reach {storeName}. Your platform address keeps working.
      </Text>
      {error && <Text style={{ color: '#52525b', fontSize: 13 }}>Last result: {error}</Text>}
      <Text>Put the TXT record back at your DNS provider, then press “Check now” on the domains page.</Text>
      <Button href={url} style={buttonStyle}>
        Open your domains
      </Button>
      <Text style={{ color: '#52525b', fontSize: 13 }}>Or paste this address into your browser: {url}</Text>
    </EmailLayout>
  );
}
