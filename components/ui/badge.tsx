import { cva, type VariantProps } from "class-variance-authority";
import type * as React from "react";
import { cn } from "@/lib/utils";

export const badgeVariants = cva(
  "inline-flex items-center gap-1 whitespace-nowrap rounded-md border px-1.5 py-0.5 text-xs font-medium [&_svg]:size-3",
  {
    variants: {
      variant: {
        default: "border-transparent bg-primary text-primary-foreground",
        secondary: "border-transparent bg-secondary text-secondary-foreground",
        outline: "text-foreground",
        error: "border-destructive/30 bg-destructive/10 text-destructive",
        warning: "border-warning/40 bg-warning/15 text-warning-foreground",
        success: "border-success/30 bg-success/10 text-success",
        muted: "border-transparent bg-muted text-muted-foreground",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

export function Badge({ className, variant, ...props }: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  // tailwind-merge only when there is something to merge: badges sit in every queue row.
  return (
    <span data-slot="badge" className={className ? cn(badgeVariants({ variant }), className) : badgeVariants({ variant })} {...props} />
  );
}
