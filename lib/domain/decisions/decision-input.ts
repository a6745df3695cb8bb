import { z } from "zod";

export const MAX_NOTE = 2000;

const reasonSchema = z.object({
  code: z.string().trim().min(1).max(64),
  field: z.string().trim().max(200).nullable().default(null),
  material: z.int().min(0).max(200).nullable().default(null),
  note: z.string().trim().max(MAX_NOTE).default(""),
});

/** What the workspace submits. Business rules (claim, revision, catalog) are checked by decide(). */
export const decisionInputSchema = z.object({
  filingId: z.int().positive(),
  revision: z.int().positive(),
  outcome: z.enum(["approved", "rejected"]),
  reasons: z.array(reasonSchema).max(50).default([]),
  note: z.string().trim().max(MAX_NOTE).default(""),
  internalNote: z.string().trim().max(MAX_NOTE).default(""),
  overrideJustification: z.string().trim().max(MAX_NOTE).default(""),
});

export type DecisionInput = z.output<typeof decisionInputSchema>;
export type DecisionReasonInput = DecisionInput["reasons"][number];
