import enCommon from "@/messages/en/common.json";
import enAudit from "@/messages/en/audit.json";
import enQueue from "@/messages/en/queue.json";
import enRules from "@/messages/en/rules.json";
import enWorkspace from "@/messages/en/workspace.json";
import zhCommon from "@/messages/zh-CN/common.json";
import zhAudit from "@/messages/zh-CN/audit.json";
import zhQueue from "@/messages/zh-CN/queue.json";
import zhRules from "@/messages/zh-CN/rules.json";
import zhWorkspace from "@/messages/zh-CN/workspace.json";
import type { Locale } from "@/lib/i18n/locales";

// One file per namespace and locale, so features add their texts without touching each other's.
const catalogs = {
  "zh-CN": { ...zhCommon, ...zhQueue, ...zhWorkspace, ...zhRules, ...zhAudit },
  en: { ...enCommon, ...enQueue, ...enWorkspace, ...enRules, ...enAudit },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof catalogs)["zh-CN"];

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}

/**
 * The namespaces client components translate with (useTranslations): only these travel to the
 * browser with every page. Server components read the whole catalog on the server; navigation,
 * role names and the rules page are server-rendered text.
 */
export const CLIENT_NAMESPACES = [
  "app",
  "shell",
  "login",
  "errors",
  "common",
  "queue",
  "workspace",
  "audit",
] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
