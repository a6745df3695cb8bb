"use client";

import { KeyboardIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useKeyboardShortcuts } from "@/lib/hooks/use-keyboard-shortcuts";

/** The "?" overlay: every shortcut of the current page, from one list. */
export function ShortcutsHelp({
  shortcuts,
  title,
  openLabel,
}: {
  shortcuts: { keys: string[]; label: string }[];
  title: string;
  openLabel: string;
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  useKeyboardShortcuts({ "?": () => setOpen(true) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={openLabel} data-testid="shortcuts-open">
          <KeyboardIcon aria-hidden />
          <kbd>?</kbd>
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("close")} data-testid="shortcuts-dialog">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
        </DialogHeader>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          {shortcuts.map((s) => (
            <div key={s.label} className="contents">
              <dt className="flex gap-1">
                {s.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{s.label}</dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  );
}
