import type { ReactNode } from 'react';
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';

/** The frame every platform email shares. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f4f4f5', fontFamily: 'system-ui, -apple-system, Segoe UI, sans-serif', margin: 0 }}>
        <Container style={{ backgroundColor: '#ffffff', borderRadius: 8, margin: '32px auto', maxWidth: 520, padding: 32 }}>
          <Section>{children}</Section>
          <Hr style={{ borderColor: '#e4e4e7', margin: '24px 0' }} />
          <Text style={{ color: '#52525b', fontSize: 12 }}>
            You received this email because of an action on Commerce Platform. If it was not you, you can ignore it.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: '#4338ca',
  borderRadius: 6,
  color: '#ffffff',
  display: 'inline-block',
  fontSize: 14,
  fontWeight: 600,
  padding: '10px 18px',
  textDecoration: 'none',
} as const;
