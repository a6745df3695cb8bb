"use client";

import { z } from "zod";

// In the browser, zod probes for JIT compilation with Function(""), which the Content-Security-
// Policy (no 'unsafe-eval') blocks and reports as a violation. Parsing works either way; telling
// zod up front keeps the page free of violation reports, so a real one stands out.
if (typeof window !== "undefined") z.config({ jitless: true });

export function BrowserZodConfig() {
  return null;
}
