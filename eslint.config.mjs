// Lint: Next's rules, Prettier for format, and the house's layering (README "Map of the code"):
//   app → components → lib/services → db → lib/domain
// with lib/web (Next glue: guards, auth, action helper) between app and services, and demo/
// (synthetic data) beside it all: it may use the product, the product never imports it.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const PRODUCT = ["./app", "./components", "./lib", "./db", "./proxy.ts"];

/** Each zone: files under `target` may not import from any of `from`. */
const LAYERS = [
  // The domain is pure: no database, no services, no framework glue, no UI.
  {
    target: "./lib/domain",
    from: [
      "./db",
      "./lib/services",
      "./lib/web",
      "./lib/storage",
      "./lib/config",
      "./lib/i18n",
      "./lib/hooks",
      "./app",
      "./components",
      "./demo",
    ],
    message: "lib/domain is pure: it imports nothing above it.",
  },
  // Data access knows the schema and the domain's types, nothing that uses it.
  {
    target: ["./db/queries", "./db/client.ts", "./db/schema.ts", "./db/migrate.ts"],
    from: ["./lib/services", "./lib/web", "./lib/storage", "./lib/i18n", "./lib/hooks", "./app", "./components", "./demo"],
    message: "db/ is data access only: it never imports services, framework glue or UI.",
  },
  {
    target: "./lib/services",
    from: ["./lib/web", "./lib/i18n", "./lib/hooks", "./app", "./components", "./demo"],
    message: "Services are called by the app; they never import it.",
  },
  {
    target: "./lib/web",
    from: ["./app", "./components", "./demo", "./db"],
    message: "lib/web reaches data through services, never db/ directly.",
  },
  {
    target: "./components",
    from: ["./app", "./db", "./lib/web/auth-options.ts", "./demo"],
    message: "Components get data from pages (through services), never from db/.",
  },
  { target: "./app", from: ["./db", "./demo"], message: "Pages, actions and route handlers go through lib/services, never db/ directly." },
  { target: "./lib/storage", from: ["./db", "./lib/services", "./lib/web", "./app", "./components", "./demo"] },
  { target: "./lib/config", from: ["./db", "./lib/services", "./lib/web", "./app", "./components", "./demo"] },
  { target: PRODUCT, from: ["./demo"], message: "Product code never imports the demo folder: production runs without it." },
];

const NO_SQL_OUTSIDE_DB = {
  paths: [
    {
      name: "next/link",
      message:
        "Use IntentLink (components/ui/intent-link): every page is a per-user server render, so links prefetch on intent, not on sight.",
    },
  ],
  patterns: [
    {
      group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3"],
      allowTypeImports: true,
      message: "SQL lives in db/ only: call a db/queries function (through a service).",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "data/**",
    "db/migrations/**",
    "next-env.d.ts",
    "bench/results/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    ignores: ["**/*.test.ts"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: LAYERS }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  {
    // Tests set up and inspect the database directly; the one boundary they keep is the demo's.
    files: ["**/*.test.ts"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: LAYERS.filter((zone) => zone.from.includes("./demo") && zone.target === PRODUCT) }],
    },
  },
  {
    // Outside db/, no query builder, no driver, no raw statements.
    files: ["app/**", "components/**", "lib/**", "demo/**", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/testing/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", NO_SQL_OUTSIDE_DB],
      "no-restricted-syntax": ["error", { selector: "MemberExpression[property.name='$client']", message: "Raw SQL lives in db/ only." }],
    },
  },
  {
    // The one place next/link is used.
    files: ["components/ui/intent-link.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: NO_SQL_OUTSIDE_DB.patterns }] },
  },
  {
    // Tools and tests may print; product code reports through its own channels.
    files: ["scripts/**", "bench/**", "e2e/**", "**/*.test.ts"],
    rules: { "no-console": "off", "react-hooks/rules-of-hooks": "off" },
  },
]);
