// The console's HTTP server: Next's request handler behind a Node http server of our own, so
// the forwarded headers are decided here (scripts/forwarded-headers.mjs) before Next or the
// app sees them — the socket address is otherwise out of the app's reach.
import http from "node:http";
import next from "next";
import { sanitizeForwardedHeaders, trustedHops } from "./forwarded-headers.mjs";

const port = Number(process.env.PORT ?? 3000);
const hops = trustedHops(process.env.TRUST_PROXY);
const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  sanitizeForwardedHeaders(request.headers, request.socket.remoteAddress, hops);
  handle(request, response);
});
server.listen(port, () => console.log(`▲ Beian Review Desk on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
