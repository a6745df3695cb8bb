import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/domain/filings/statuses";
import { requireRole, type SessionUser } from "./guards";

// Every server action is built here, in one order: the role check, the zod parse of what the
// browser sent (never trusted, never forwarded unparsed), the service, one result type.

/** `error` is a code the UI translates; `field` (and `fieldErrors`) name what to fix. */
export type ActionResult<T = null> =
  { ok: true; data: T } | { ok: false; error: string; field?: string; fieldErrors?: Record<string, string> };

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export const fail = (error: string, field?: string): ActionResult<never> => ({
  ok: false,
  error,
  ...(field ? { field, fieldErrors: { [field]: error } } : {}),
});

function invalid(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "input";
    fieldErrors[path] ??= issue.message;
  }
  const field = Object.keys(fieldErrors)[0];
  return { ok: false, error: "invalid_input", field, fieldErrors };
}

type Run<S extends z.ZodType, T> = (input: z.output<S>, user: SessionUser) => ActionResult<T> | Promise<ActionResult<T>>;

/** An action called with a value: `await claimAction({ filingId })`. */
export function defineAction<S extends z.ZodType, T>(
  role: Role,
  schema: S,
  run: Run<S, T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const user = await requireRole(role);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return run(parsed.data, user);
  };
}

/** An action posted by a form through useActionState: `(previous, formData)`. */
export function defineFormAction<S extends z.ZodType, T>(
  role: Role,
  schema: S,
  run: Run<S, T>,
): (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>> {
  return async (_previous, form) => {
    const user = await requireRole(role);
    const parsed = schema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return invalid(parsed.error);
    return run(parsed.data, user);
  };
}
