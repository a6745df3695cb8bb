import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A page's HTML without its scripts (inline ones, the RSC payload among them, and the script
 * preloads): what is left is the markup and the stylesheet, which Chromium paints with no
 * JavaScript at all.
 */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link\b[^>]*\bas="script"[^>]*>/g, "");
}

export interface StaticCopyServer {
  baseUrl: string;
  /** Serve `html` for GET `path` (the query ignored) from now on. */
  put(path: string, html: string): void;
  stop(): Promise<void>;
}

/**
 * Serves fixed HTML for the paths it is given and passes every other request (stylesheets,
 * scripts, document images) through to the console unchanged, cookies included. It listens on the
 * console's host, another port: browsers send a host's cookies to each of its ports, so the
 * copied page's images are read with the same session — and audited — as the console's own.
 */
export async function startStaticCopyServer(consoleUrl: string): Promise<StaticCopyServer> {
  const target = new URL(consoleUrl);
  const agent = new http.Agent({ keepAlive: true });
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const html = req.method === "GET" ? pages.get((req.url ?? "/").split("?")[0]) : undefined;
    if (html !== undefined) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(html);
      return;
    }
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: target.host },
        agent,
      },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, target.hostname, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `${target.protocol}//${target.hostname}:${port}`,
    put: (path, html) => void pages.set(path, html),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
