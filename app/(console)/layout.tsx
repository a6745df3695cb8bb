import { AppHeader } from "@/components/shell/app-header";
import { getDb } from "@/db/client";
import { isDemoDatabase } from "@/db/queries/meta";
import { requireUser } from "@/lib/guards";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader user={user} demo={isDemoDatabase(getDb())} />
      <main id="main" className="flex-1">
        {children}
      </main>
    </div>
  );
}
