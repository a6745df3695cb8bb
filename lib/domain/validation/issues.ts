import type { z } from "zod";

export interface FilingIssue {
  path: string;
  message: string;
}

export const ROOT_PATH = "(root)";

/** Path in the spec's notation: `websites[0].principal.mobile`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out === "" ? ROOT_PATH : out;
}

/** One issue per failing path; an unknown key is reported at its own path, not its parent's. */
export function toFilingIssues(error: z.ZodError): FilingIssue[] {
  const issues: FilingIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({ path: formatPath([...issue.path, key]), message: "unknown key" });
      }
    } else {
      issues.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return issues;
}
