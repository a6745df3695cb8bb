"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";

export async function setLocale(value: string): Promise<void> {
  const store = await cookies();
  store.set(LOCALE_COOKIE, toLocale(value), { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}
