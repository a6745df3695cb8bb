import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { clearLoginFailures, isThrottled, recordLoginFailure } from "@/db/queries/login-throttle";
import { getUserByEmail, normalizeEmail } from "@/db/queries/users";
import { DEMO_PASSWORD, isProduction } from "@/lib/config/console-mode";
import { burnPasswordCheck, verifyPassword } from "./password";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

function throttleKeys(email: string, headers: Record<string, unknown> | undefined): string[] {
  const keys = [`user:${email}`];
  // X-Forwarded-For is set by the client unless a trusted proxy rewrites it, so it only
  // counts when the deployment says a proxy is in front.
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = String(headers?.["x-forwarded-for"] ?? "").split(",")[0]?.trim();
    if (forwarded) keys.push(`ip:${forwarded}`);
  }
  return keys;
}

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
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const db = getDb();
        const email = normalizeEmail(parsed.data.email);
        const keys = throttleKeys(email, req?.headers);
        if (isThrottled(db, keys)) {
          await burnPasswordCheck(parsed.data.password);
          recordAuditEvent(db, { action: "auth.sign_in_throttled", actorEmail: email });
          return null;
        }
        const user = getUserByEmail(db, email);
        const verified = user ? await verifyPassword(parsed.data.password, user.passwordHash) : (await burnPasswordCheck(parsed.data.password), false);
        // Production never honours the published demo password, whoever set it.
        const ok = verified && !(isProduction() && parsed.data.password === DEMO_PASSWORD);
        if (!user || !ok || !user.active) {
          recordLoginFailure(db, keys);
          recordAuditEvent(db, { action: "auth.sign_in_failed", actorId: user?.id ?? null, actorEmail: email });
          return null;
        }
        clearLoginFailures(db, keys);
        recordAuditEvent(db, { action: "auth.sign_in", actorId: user.id, actorEmail: user.email });
        return { id: String(user.id), email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.authTime = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.authTime = token.authTime;
      }
      return session;
    },
  },
};
