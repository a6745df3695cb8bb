// npm run users -- add --email E --name N --role reviewer|lead   (password on standard input)
//                  set-password --email E                         (password on standard input)
//                  deactivate --email E | activate --email E | list
import "@/scripts/load-env";
import { parseArgs } from "node:util";
import { runUsersCommand } from "@/lib/services/users/users-command";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
});

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (input is visible; pipe it in to hide it): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

const result = await runUsersCommand(positionals[0], values, readStdin);
(result.ok ? console.log : console.error)(result.message);
process.exit(result.ok ? 0 : 2);
