import type { DefaultSession } from "next-auth";

type Role = "reviewer" | "lead";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: number; role: Role };
    authTime: number;
    sessionVersion: number;
  }
  interface User {
    role: Role;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: Role;
    authTime: number;
    /** users.session_version when the session was issued; a bump ends it. */
    sv: number;
  }
}
