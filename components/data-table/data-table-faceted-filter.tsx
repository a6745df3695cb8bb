"use client";

import { CheckIcon, PlusCircleIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";

interface Option {
  value: string;
  label: string;
}

interface Props {
  title: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
  testId: string;
  selectedLabel: (count: number) => string;
  resetLabel: string;
  columns?: number;
}

/** A multi-select filter in a popover: the shadcn faceted filter, driven by the URL. */
export function DataTableFacetedFilter({ title, options, selected, onChange, testId, selectedLabel, resetLabel, columns = 1 }: Props) {
  const chosen = new Set(selected);
  const toggle = (value: string) => {
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" className="border-dashed" data-testid={testId}>
          <PlusCircleIcon aria-hidden />
          {title}
          {selected.length > 0 ? (
            <Badge variant="secondary" className="ml-1 rounded-sm px-1 font-normal">
              {selected.length > 2
                ? selectedLabel(selected.length)
                : options
                    .filter((o) => chosen.has(o.value))
                    .map((o) => o.label)
                    .join("、")}
            </Badge>
          ) : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent className={cn("p-1", columns > 1 ? "w-[22rem]" : "w-52")}>
        <div role="group" aria-label={title} className={cn("grid gap-0.5", columns > 1 && "grid-cols-3")}>
          {options.map((option) => {
            const on = chosen.has(option.value);
            return (
              <button
                key={option.value}
                type="button"
                role="checkbox"
                aria-checked={on}
                onClick={() => toggle(option.value)}
                data-testid={`${testId}-option`}
                data-value={option.value}
                className="flex items-center gap-2 rounded-sm px-2 py-1.5 text-left text-sm hover:bg-accent"
              >
                <span
                  className={cn(
                    "grid size-4 place-items-center rounded-[4px] border",
                    on ? "border-primary bg-primary text-primary-foreground" : "border-input",
                  )}
                >
                  {on ? <CheckIcon className="size-3" /> : null}
                </span>
                {option.label}
              </button>
            );
          })}
        </div>
        {selected.length > 0 ? (
          <Button variant="ghost" size="sm" className="mt-1 w-full" onClick={() => onChange([])}>
            {resetLabel}
          </Button>
        ) : null}
      </PopoverContent>
    </Popover>
  );
}
