// `npm run -s rules -- check FILE.json [--as-of YYYY-MM-DD]` (rules.md "The CLI contract").
import { main } from "@/lib/services/rules-cli/main";

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
