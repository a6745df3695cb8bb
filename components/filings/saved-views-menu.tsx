"use client";

import { BookmarkIcon, Trash2Icon } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { deleteViewAction, saveViewAction } from "@/lib/web/actions/queue-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

export function SavedViewsMenu({ views }: { views: { id: number; name: string; query: string }[] }) {
  const t = useTranslations("queue.views");
  const searchParams = useSearchParams();
  const [open, setOpen] = useState(false);
  const [state, save, saving] = useActionState(saveViewAction, null);
  const [, remove] = useActionState(deleteViewAction, null);

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button variant="outline" data-testid="saved-views">
          <BookmarkIcon aria-hidden />
          {t("menu")}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-72 space-y-3">
        <ul className="space-y-0.5" data-testid="saved-views-list">
          {views.length === 0 ? <li className="px-1 text-sm text-muted-foreground">{t("none")}</li> : null}
          {views.map((view) => (
            <li key={view.id} className="flex items-center justify-between gap-2 rounded-sm hover:bg-accent">
              <Link
                href={`/filings${view.query}`}
                className="flex-1 truncate px-2 py-1.5 text-sm"
                onClick={() => setOpen(false)}
                data-testid="saved-view"
              >
                {view.name}
              </Link>
              <form action={remove}>
                <input type="hidden" name="id" value={view.id} />
                <Button type="submit" variant="ghost" size="icon" aria-label={`${t("delete")} ${view.name}`}>
                  <Trash2Icon aria-hidden />
                </Button>
              </form>
            </li>
          ))}
        </ul>
        <form action={save} className="flex items-center gap-2 border-t pt-3">
          <input type="hidden" name="query" value={searchParams.toString()} />
          <Input
            name="name"
            placeholder={t("name")}
            aria-label={t("name")}
            maxLength={60}
            required
            className="h-8"
            data-testid="saved-view-name"
          />
          <Button type="submit" size="sm" disabled={saving} data-testid="saved-view-save">
            {t("save").replace("…", "")}
          </Button>
        </form>
        {state?.ok ? <p className="text-xs text-success">{t("saved")}</p> : null}
      </PopoverContent>
    </Popover>
  );
}
