import http from "node:http";
import { baseURL } from "@/playwright.config";

// Requests from a loopback address of the test's choosing (127.0.0.x): the console keys its
// sign-in throttle by client address, so an "attacker" here never throttles the rest of the suite.

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(
  pathname: string,
  options: { from: string; method?: string; headers?: Record<string, string>; body?: string } = { from: "127.0.0.1" },
): Promise<RawResponse> {
  const url = new URL(pathname, baseURL.replace("localhost", "127.0.0.1"));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress: options.from },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    if (options.body) request.write(options.body);
    request.end();
  });
}

/** One credentials sign-in attempt through next-auth, as a script would make it. */
export async function signInAttempt(
  email: string,
  password: string,
  from: string,
  extraHeaders: Record<string, string> = {},
): Promise<RawResponse> {
  const csrf = await rawRequest("/api/auth/csrf", { from, headers: extraHeaders });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  return rawRequest("/api/auth/callback/credentials", {
    from,
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...extraHeaders },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
}
