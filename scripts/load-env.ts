import nextEnv from "@next/env";

// Scripts read the same .env files as `next start`, so DATABASE_PATH and secrets agree.
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
