import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// No locale in the URL: the console's links and test contract stay the same in both languages.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: "Asia/Shanghai" };
});
