import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { endSessions, signIn } from "@/lib/services/auth/sign-in";
import { safeRedirect } from "./safe-callback";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/web/session-policy";

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // One answer (null) for unknown user, wrong password, inactive account and throttling,
      // so the sign-in form cannot be used to learn which accounts exist.
      async authorize(raw, req) {
        const user = await signIn(raw, req?.headers);
        return user && { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  events: {
    // Sign-out ends every session of the account at once, not only this browser's cookie.
    async signOut({ token }) {
      if (typeof token?.uid === "number") endSessions(token.uid, "sign_out");
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.authTime = Date.now();
        token.sv = user.sessionVersion;
      }
      return token;
    },
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.authTime = token.authTime;
        session.sessionVersion = token.sv;
      }
      return session;
    },
  },
};
