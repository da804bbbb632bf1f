import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import type { DeliveryDetail } from '@/lib/delivery/deliveries-admin/get-delivery-detail';
import { PROOF_REQUIREMENT_LABELS } from '@/lib/delivery/deliveries/proof';

type Props = { proof: DeliveryDetail['proof']; /** The proof route, when the courier took a photo. */ photoUrl: string | null; timeZone: string };

/** What proof the store asks for, and what the courier has: the shopper's code and a photo at the door. */
export function DeliveryProofCard({ proof, photoUrl, timeZone }: Props) {
  const asksForCode = proof.requirement !== 'none' && proof.requirement !== 'photo';
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Proof of delivery</CardTitle>
        <p className="text-sm text-muted-foreground">Your store asks for: {PROOF_REQUIREMENT_LABELS[proof.requirement].toLowerCase()}.</p>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-muted-foreground">Code</dt>
          <dd>
            {proof.otpVerifiedAt ? (
              <>
                Checked <DateTime value={proof.otpVerifiedAt} timeZone={timeZone} />
              </>
            ) : proof.otpSentAt ? (
              <>
                Sent <DateTime value={proof.otpSentAt} timeZone={timeZone} />, not checked yet
                {proof.otpAttempts > 0 && ` (${proof.otpAttempts} wrong ${proof.otpAttempts === 1 ? 'try' : 'tries'})`}
              </>
            ) : asksForCode ? (
              'Sent to the shopper when the parcel is picked up'
            ) : (
              'Not used'
            )}
          </dd>
          <dt className="text-muted-foreground">Photo</dt>
          <dd>{photoUrl ? 'Taken at the door' : 'None'}</dd>
        </dl>
        {photoUrl && (
          <a href={photoUrl} target="_blank" rel="noreferrer" className="block overflow-hidden rounded-md border">
            {/* eslint-disable-next-line @next/next/no-img-element -- a private, authenticated route; next/image would cache it publicly */}
            <img src={photoUrl} alt="The parcel at the door, photographed by the courier" className="max-h-72 w-full object-cover" />
            <span className="sr-only"> (opens the full photo in a new tab)</span>
          </a>
        )}
      </CardContent>
    </Card>
  );
}
