import { z } from "zod";
import { getDb, migrateDatabase } from "@/db/client";
import { createUser, getUserByEmail, listUsers, setUserActive, setUserPassword } from "@/db/queries/users";
import { ROLES } from "@/lib/domain/filings/statuses";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/services/auth/password";
import { DEMO_PASSWORD, isProduction } from "@/lib/config/console-mode";

const emailSchema = z.email({ error: "--email must be an e-mail address" });
const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `the password (standard input) needs at least ${MIN_PASSWORD_LENGTH} characters` })
  .refine((password) => !(isProduction() && password === DEMO_PASSWORD), {
    error: "the demo password is published: production refuses it; choose another",
  });
const addSchema = z.object({
  email: emailSchema,
  name: z.string({ error: "--name is required" }).trim().min(1, { error: "--name is required" }),
  role: z.enum(ROLES, { error: "--role must be reviewer or lead" }),
});

type Result = { ok: boolean; message: string };
type Flags = { email?: string; name?: string; role?: string };

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "invalid input";
}

/** The users command, apart from argv and stdin so it can be tested. */
export async function runUsersCommand(command: string | undefined, flags: Flags, readPassword: () => Promise<string>): Promise<Result> {
  const db = getDb();
  migrateDatabase(db);
  switch (command) {
    case "add": {
      const parsed = addSchema.safeParse(flags);
      if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
      if (getUserByEmail(db, parsed.data.email)) return { ok: false, message: `a user with e-mail ${parsed.data.email} exists already` };
      const password = passwordSchema.safeParse(await readPassword());
      if (!password.success) return { ok: false, message: firstIssue(password.error) };
      const user = createUser(db, { ...parsed.data, passwordHash: await hashPassword(password.data) });
      return { ok: true, message: `created ${user.role} ${user.email}` };
    }
    case "set-password": {
      const email = emailSchema.safeParse(flags.email);
      if (!email.success) return { ok: false, message: firstIssue(email.error) };
      const password = passwordSchema.safeParse(await readPassword());
      if (!password.success) return { ok: false, message: firstIssue(password.error) };
      return setUserPassword(db, email.data, await hashPassword(password.data))
        ? { ok: true, message: `password set for ${email.data}` }
        : { ok: false, message: `no user with e-mail ${email.data}` };
    }
    case "deactivate":
    case "activate": {
      const email = emailSchema.safeParse(flags.email);
      if (!email.success) return { ok: false, message: firstIssue(email.error) };
      return setUserActive(db, email.data, command === "activate")
        ? { ok: true, message: `${command}d ${email.data}` }
        : { ok: false, message: `no user with e-mail ${email.data}` };
    }
    case "list":
      return {
        ok: true,
        message: listUsers(db)
          .map((u) => `${u.email}\t${u.role}\t${u.active ? "active" : "inactive"}\t${u.name}`)
          .join("\n"),
      };
    default:
      return {
        ok: false,
        message:
          "usage: users add --email E --name N --role reviewer|lead | set-password --email E | deactivate --email E | activate --email E | list",
      };
  }
}
