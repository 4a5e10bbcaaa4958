import type { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:net";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { watch as chokidarWatch } from "chokidar";
import { formatDiagnostic, formatText } from "../diagnostics/format.ts";
import type { Model } from "../model/types.ts";
import { validateContent } from "../pipeline/validate-content.ts";
import { checkTemplates } from "../documents/check-templates.ts";
import { TemplateError } from "../templates/template-error.ts";
import { writeSiteData } from "./render-site.ts";
import { serveWaitingPage } from "./waiting-page.ts";
import { PROJECT_ROOT } from "../project-root.ts";

const ROOT = PROJECT_ROOT;

/** Editors save in several steps (a temporary file, a rename, a second write): wait until they are done. */
const SETTLE_MS = 150;

/**
 * `npm run dev`: serves the site and re-validates on every change in the
 * content folder. A valid edit reloads the browser within about a second; an
 * invalid one prints file:line messages in the terminal and shows them in the
 * browser on top of the last valid version (or, before there was one, on a
 * waiting page). The server keeps running.
 *
 * `port` 0 lets the system choose a free port (tests, benchmarks, a second
 * preview beside the first): the address is printed, on the line
 * `Productenboek: http://127.0.0.1:<port>/` (and, while there is nothing
 * valid to show, on the line that names the waiting page).
 */
export async function runDevServer(contentDir: string, port = 4321): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "jeugdhulp-dev-"));
  const dataPath = join(dataDir, "site-data.json");
  // The preview's data goes with it: Ctrl-C, a stop from outside, or a crash.
  process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => process.exit(0));
  process.env.JEUGDHULP_MODEL = dataPath;
  // Vite only reloads open pages in development mode; a NODE_ENV left in the
  // shell (production, or test under a test runner) would silently stop that.
  process.env.NODE_ENV = "development";
  // The preview works offline; Astro must not look for updates on the network.
  process.env.ASTRO_DISABLE_UPDATE_CHECK = "true";
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  let lastValid: Model | undefined;
  let messages: string[] = [];
  /** Set once the site runs: makes Astro list the pages again (a file added or removed adds or removes pages). */
  let pagesChanged: (() => void) | undefined;

  const refresh = (): boolean => {
    let result: ReturnType<typeof validateContent>;
    try {
      result = validateContent(contentDir);
      if (result.model) checkTemplates(result.model);
    } catch (e) {
      // A standard text in templates/ that this content cannot fill in: said like a content error, the last valid version stays.
      if (!(e instanceof TemplateError)) throw e;
      messages = [e.message];
      process.stdout.write(`\n[${new Date().toLocaleTimeString("nl-NL")}] ${e.message}\n`);
      if (!lastValid) return false;
      writeSiteData(lastValid, dataPath, [], messages);
      (globalThis as { __jeugdhulpReload?: () => void }).__jeugdhulpReload?.();
      return true;
    }
    messages = result.diagnostics.map(formatDiagnostic);
    if (result.model) lastValid = result.model;
    process.stdout.write(`\n[${new Date().toLocaleTimeString("nl-NL")}] ${formatText(result.diagnostics)}\n`);
    if (!lastValid) return false;
    writeSiteData(lastValid, dataPath, [], result.model ? undefined : messages);
    pagesChanged?.();
    (globalThis as { __jeugdhulpReload?: () => void }).__jeugdhulpReload?.();
    return true;
  };

  // Watching starts before the first validation: a save while the site starts is not missed.
  let becameValid: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  watchTree(contentDir, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (refresh()) becameValid?.();
    }, SETTLE_MS);
  });

  let sitePort = port;
  if (!refresh()) {
    // Nothing valid to preview yet: the browser shows the messages until it is.
    const waiting = await serveWaitingPage(port, () => messages).catch(() => undefined);
    const where = waiting ? `; de fouten staan ook op http://127.0.0.1:${waiting.port}/` : "";
    process.stdout.write(`Wacht op geldige inhoud${where}. Bewaar een correctie om verder te gaan.\n`);
    await new Promise<void>((resolve) => {
      becameValid = resolve;
      // Fixed while the waiting page started.
      if (lastValid) resolve();
    });
    becameValid = undefined;
    await waiting?.close();
    // The open tab refreshes itself: the site takes over the waiting page's address.
    if (waiting) sitePort = waiting.port;
  }

  const { dev } = await import("astro");
  const server = await dev({
    root: ROOT,
    logLevel: "warn",
    // Port 0 is bound by listenOnAnyPort (Vite would read 0 as "its default").
    server: { port: sitePort || 4321, host: "127.0.0.1" },
    vite: { plugins: [relistPages(dataPath, (relist) => (pagesChanged = relist)), ...(sitePort === 0 ? [listenOnAnyPort()] : [])] },
  });
  process.stdout.write(`Productenboek: http://127.0.0.1:${server.address.port}/ (wijzigingen in ${contentDir}/ verschijnen vanzelf)\n`);
  await new Promise(() => {});
}

/**
 * Calls `onChange` on every change under `root`: a file edited (also by
 * `sed -i`), added, removed, renamed or saved atomically (written to a
 * temporary file that is then renamed over the original, as many editors
 * save), every save after that, and folders made after the start.
 *
 * chokidar (the watcher Vite and Astro use) and not node's recursive
 * `fs.watch`: on Linux that one follows each file's inode and goes deaf to a
 * file replaced by a rename, so every later save of it was missed.
 */
function watchTree(root: string, onChange: () => void): { close(): Promise<void> } {
  const watcher = chokidarWatch(root, {
    ignoreInitial: true,
    // Hidden entries (.git, an editor's folder or temporary file) and node_modules: the content never reads them.
    ignored: (path) => {
      const below = relative(root, path);
      return below !== "" && below.split(sep).some((part) => part.startsWith(".") || part === "node_modules");
    },
  });
  watcher.on("all", () => onChange());
  // A folder that went away while being read: the next event re-validates anyway.
  watcher.on("error", () => onChange());
  return { close: () => watcher.close() };
}

/**
 * Astro's development server asks a dynamic route for its pages
 * (getStaticPaths) once and keeps the list until a file of the project
 * changes; the content is not one of them, so a product, chapter or lot
 * added in the YAML would answer 404 and a removed one would stay. Telling
 * its watcher that the site's data file changed makes it ask again.
 */
function relistPages(dataPath: string, ready: (relist: () => void) => void): { name: string; configureServer(server: { watcher: EventEmitter }): void } {
  return {
    name: "jeugdhulp-relist-pages",
    configureServer(server) {
      ready(() => server.watcher.emit("change", dataPath));
    },
  };
}

/**
 * Vite has no "any free port": it takes 0 for "the default" and counts up
 * from there, so a port chosen beforehand could be taken by the time it
 * binds. This binds Vite's server to port 0 itself; Astro reports the port
 * the system gave (`server.address`), which the preview prints.
 */
function listenOnAnyPort(): { name: string; configureServer(server: { httpServer: Server | null }): void } {
  return {
    name: "jeugdhulp-any-port",
    configureServer(server) {
      const http = server.httpServer;
      if (!http) return;
      const listen = http.listen.bind(http) as (...args: unknown[]) => unknown;
      // Vite calls listen(port, host, callback).
      (http as { listen: (...args: unknown[]) => unknown }).listen = (_port: unknown, ...rest: unknown[]) => listen(0, ...rest);
    },
  };
}
