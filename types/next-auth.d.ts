import type { DefaultSession } from "next-auth";

type Role = "reviewer" | "lead";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: number; role: Role };
    authTime: number;
  }
  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: Role;
    authTime: number;
  }
}
