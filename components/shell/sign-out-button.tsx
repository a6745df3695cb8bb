"use client";

import { LogOutIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// next-auth's client is loaded when someone signs out, not with every page: the header is on all
// of them, and a reviewer signs out once a day.
async function signOut() {
  const { signOut: nextAuthSignOut } = await import("next-auth/react");
  await nextAuthSignOut({ callbackUrl: "/login" });
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
