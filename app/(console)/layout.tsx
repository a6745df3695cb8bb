import { AppHeader } from "@/components/shell/app-header";
import { DemoSeedBanner } from "@/components/shell/demo-seed-banner";
import { requireUser } from "@/lib/web/guards";
import { getConsoleStatus } from "@/lib/services/console/console-status";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const status = getConsoleStatus();
  const seeding = status.demoData && status.demoData.state !== "done" ? status.demoData : null;
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader user={user} mode={status.mode} />
      {seeding ? <DemoSeedBanner initial={seeding} /> : null}
      <main id="main" className="flex-1">
        {children}
      </main>
    </div>
  );
}
