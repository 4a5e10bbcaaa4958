import { mkdtempSync, rmSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostic, formatText } from "../diagnostics/format.ts";
import type { Model } from "../model/types.ts";
import { validateContent } from "../validate/validate-content.ts";
import { writeSiteData } from "./render-site.ts";
import { serveWaitingPage } from "./waiting-page.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * `npm run dev`: serves the site and re-validates on every change in the
 * content folder. A valid edit reloads the browser within about a second; an
 * invalid one prints file:line messages in the terminal and shows them in the
 * browser on top of the last valid version (or, before there was one, on a
 * waiting page). The server keeps running.
 */
export async function runDevServer(contentDir: string, port = 4321): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "jeugdhulp-dev-"));
  const dataPath = join(dataDir, "site-data.json");
  // The preview's data goes with it: Ctrl-C, a stop from outside, or a crash.
  process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => process.exit(0));
  process.env.JEUGDHULP_MODEL = dataPath;
  process.env.JEUGDHULP_DEV = "1";
  // Vite only reloads open pages in development mode; a NODE_ENV left in the
  // shell (production, or test under a test runner) would silently stop that.
  process.env.NODE_ENV = "development";
  // The preview works offline; Astro must not look for updates on the network.
  process.env.ASTRO_DISABLE_UPDATE_CHECK = "true";
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  let lastValid: Model | undefined;
  let messages: string[] = [];

  const refresh = (): boolean => {
    const result = validateContent(contentDir);
    messages = result.diagnostics.map(formatDiagnostic);
    if (result.model) lastValid = result.model;
    process.stdout.write(`\n[${new Date().toLocaleTimeString("nl-NL")}] ${formatText(result.diagnostics)}\n`);
    if (!lastValid) return false;
    writeSiteData(lastValid, dataPath, [], result.model ? undefined : messages);
    (globalThis as { __jeugdhulpReload?: () => void }).__jeugdhulpReload?.();
    return true;
  };

  if (!refresh()) {
    // Nothing valid to preview yet: the browser shows the messages until it is.
    const waiting = await serveWaitingPage(port, () => messages).catch(() => undefined);
    const where = waiting ? `; de fouten staan ook op http://127.0.0.1:${port}/` : "";
    process.stdout.write(`Wacht op geldige inhoud${where}. Bewaar een correctie om verder te gaan.\n`);
    while (!refresh()) {
      await new Promise<void>((resolve) => {
        const w = watch(contentDir, { recursive: true }, () => {
          w.close();
          // Editors save in several steps; wait until they are done.
          setTimeout(resolve, 150);
        });
      });
    }
    await waiting?.close();
  }

  const { dev } = await import("astro");
  const server = await dev({ root: ROOT, logLevel: "warn", server: { port, host: "127.0.0.1" } });
  process.stdout.write(`Productenboek: http://127.0.0.1:${server.address.port}/ (wijzigingen in ${contentDir}/ verschijnen vanzelf)\n`);

  let timer: NodeJS.Timeout | undefined;
  watch(contentDir, { recursive: true }, () => {
    // Editors save in several steps; wait until they are done.
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
  await new Promise(() => {});
}
