"use client";

import { LogOutIcon } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="ghost" size="sm" data-testid="sign-out" onClick={() => signOut({ callbackUrl: "/login" })}>
      <LogOutIcon aria-hidden />
      {t("signOut")}
    </Button>
  );
}
