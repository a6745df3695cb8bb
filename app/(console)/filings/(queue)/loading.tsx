import { Skeleton } from "@/components/ui/skeleton";

// The queue's own skeleton, shown while the queue's rows come (a route group keeps it off the
// workspace): as the workspace's fallback it flashed a queue-shaped page on "submit and next", and
// on a direct load it put the workspace in a hidden Suspense segment revealed only at a later frame,
// which held back the first paint of the document image.
export default function Loading() {
  return (
    <div className="mx-auto max-w-[1600px] space-y-3 p-4" aria-busy="true">
      <div className="flex items-center gap-3">
        <Skeleton className="h-7 w-32" />
        <Skeleton className="ml-auto h-9 w-40" />
      </div>
      <Skeleton className="h-9 w-full max-w-2xl" />
      <Skeleton className="h-8 w-full max-w-4xl" />
      <div className="space-y-1 rounded-lg border bg-card p-2">
        {Array.from({ length: 12 }, (_, i) => (
          <Skeleton key={i} className="h-9 w-full" />
        ))}
      </div>
    </div>
  );
}
