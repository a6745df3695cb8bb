export const PASSWORD = "demo-password";
export const ACCOUNTS = {
  reviewer: "reviewer@example.com",
  reviewer2: "reviewer2@example.com",
  lead: "lead@example.com",
} as const;
export type Persona = keyof typeof ACCOUNTS;
export const INGEST_TOKEN = "demo-ingest-token";
