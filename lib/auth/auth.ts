import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { db } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { getRequestMeta } from '@/lib/server/request-meta';
import { checkSession, createSession, endSession, SESSION_MAX_AGE_SECONDS } from './sessions';
import { redeemSignInTicket } from './sign-in';

declare module 'next-auth' {
  interface Session {
    sessionId: string;
  }
}

/**
 * next-auth owns the session cookie (a JWT). Our own checks (password, rate limits, MFA)
 * run in lib/auth/sign-in.ts and hand out a one-time ticket; the only credential this
 * provider accepts is that ticket. The JWT carries a session-row id that every request
 * checks, so sessions can be listed and revoked and survive restarts.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    Credentials({
      id: 'ticket',
      name: 'Sign-in ticket',
      credentials: { ticket: { type: 'text' } },
      async authorize(credentials) {
        const user = await redeemSignInTicket(typeof credentials?.ticket === 'string' ? credentials.ticket : '');
        return user ? { id: user.id, email: user.email, name: user.name, image: user.image } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      if (trigger === 'signIn' && user?.id) {
        token.sid = await createSession(user.id, await getRequestMeta());
        return token;
      }
      if (typeof token.sid !== 'string' || !token.sub) return null;
      return (await checkSession(token.sid, token.sub)) ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = String(token.sid ?? '');
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ('token' in message && typeof message.token?.sid === 'string') await endSession(message.token.sid);
    },
  },
});
