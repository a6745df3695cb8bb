"use client";

import { BookmarkIcon, Share2Icon, Trash2Icon, UsersIcon } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { deleteViewAction, saveViewAction, shareViewAction } from "@/lib/web/actions/queue-actions";

interface Props {
  own: { id: number; name: string; query: string; shared: boolean }[];
  /** Views team leads shared with everyone: read-only here. */
  shared: { id: number; name: string; query: string; ownerName: string }[];
  canShare: boolean;
}

export function SavedViewsMenu({ own, shared, canShare }: Props) {
  const t = useTranslations("queue.views");
  const searchParams = useSearchParams();
  const [open, setOpen] = useState(false);
  const [state, save, saving] = useActionState(saveViewAction, null);
  const [, remove] = useActionState(deleteViewAction, null);
  const [, share] = useActionState(shareViewAction, null);

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button variant="outline" data-testid="saved-views">
          <BookmarkIcon aria-hidden />
          {t("menu")}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-80 space-y-3">
        <ul className="space-y-0.5" data-testid="saved-views-list">
          {own.length === 0 ? <li className="px-1 text-sm text-muted-foreground">{t("none")}</li> : null}
          {own.map((view) => (
            <li key={view.id} className="flex items-center justify-between gap-1 rounded-sm hover:bg-accent">
              <IntentLink
                href={`/filings${view.query}`}
                className="flex-1 truncate px-2 py-1.5 text-sm"
                onClick={() => setOpen(false)}
                data-testid="saved-view"
              >
                {view.name}
                {view.shared ? <span className="ml-1.5 text-xs text-primary">{t("sharedBadge")}</span> : null}
              </IntentLink>
              {canShare ? (
                <form action={share}>
                  <input type="hidden" name="id" value={view.id} />
                  <input type="hidden" name="shared" value={String(!view.shared)} />
                  <Button
                    type="submit"
                    variant="ghost"
                    size="icon"
                    aria-label={`${view.shared ? t("unshare") : t("share")} ${view.name}`}
                    title={view.shared ? t("unshare") : t("share")}
                    data-testid="share-view"
                    data-shared={view.shared ? "true" : "false"}
                  >
                    <Share2Icon aria-hidden className={view.shared ? "text-primary" : undefined} />
                  </Button>
                </form>
              ) : null}
              <form action={remove}>
                <input type="hidden" name="id" value={view.id} />
                <Button type="submit" variant="ghost" size="icon" aria-label={`${t("delete")} ${view.name}`}>
                  <Trash2Icon aria-hidden />
                </Button>
              </form>
            </li>
          ))}
        </ul>
        {shared.length > 0 ? (
          <div className="space-y-1 border-t pt-2">
            <p className="flex items-center gap-1 px-1 text-xs font-medium text-muted-foreground">
              <UsersIcon className="size-3.5" aria-hidden />
              {t("teamViews")}
            </p>
            <ul className="space-y-0.5" data-testid="shared-views-list">
              {shared.map((view) => (
                <li key={view.id} className="rounded-sm hover:bg-accent">
                  <IntentLink
                    href={`/filings${view.query}`}
                    className="flex items-baseline justify-between gap-2 px-2 py-1.5 text-sm"
                    onClick={() => setOpen(false)}
                    data-testid="shared-view"
                  >
                    <span className="truncate">{view.name}</span>
                    <span className="shrink-0 text-xs text-muted-foreground">{view.ownerName}</span>
                  </IntentLink>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
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
