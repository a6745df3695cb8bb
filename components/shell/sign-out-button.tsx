"use client";

import { LogOutIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// next-auth's client is loaded when someone signs out, not with every page: the header is on all
// of them, and a reviewer signs out once a day.
async function signOut() {
  let nextAuth: typeof import("next-auth/react");
  try {
    nextAuth = await import("next-auth/react");
  } catch {
    // The chunk could not be loaded (a redeploy since this page loaded, the network): next-auth's
    // own sign-out page still signs the reviewer out, with one more click.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a route handler's page, not the app's: a document load
    window.location.assign("/api/auth/signout");
    return;
  }
  await nextAuth.signOut({ callbackUrl: "/login" });
}

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="ghost" size="sm" data-testid="sign-out" onClick={() => void signOut()}>
      <LogOutIcon aria-hidden />
      {t("signOut")}
    </Button>
  );
}
