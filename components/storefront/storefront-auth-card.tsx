import { AuthCard } from '@/components/auth/auth-card';

/** The platform's auth card, centred in the storefront's frame (its sign-in and sign-up pages). */
export function StorefrontAuthCard({ title, description, children }: { title: string; description: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="flex flex-1 items-start justify-center bg-muted/40 px-4 py-8 sm:items-center sm:py-12">
      <div className="w-full max-w-md">
        <AuthCard title={title} description={description}>
          {children}
        </AuthCard>
      </div>
    </div>
  );
}
