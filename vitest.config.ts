import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
  test: {
    include: ["{lib,db,app,components,scripts,demo}/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // server-only throws outside a React server build; unit tests exercise server modules directly.
    server: { deps: { inline: ["server-only"] } },
    alias: { "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)) },
  },
});
