import { mkdtempSync, rmSync } from "node:fs";
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
import { compiledSite, loadCompiledSite } from "./compiled-site.ts";
import { servePreview, type PreviewServer } from "./preview-server.ts";

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
  // Compiled while the content is validated (at once when the sources did not change since the last build).
  const compiled = compiledSite().then(loadCompiledSite);
  compiled.catch(() => {});
  let lastValid: Model | undefined;
  let messages: string[] = [];
  /** Set once the site is served: lists the pages again and reloads open pages. */
  let preview: PreviewServer | undefined;

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
      preview?.changed();
      return true;
    }
    messages = result.diagnostics.map(formatDiagnostic);
    if (result.model) lastValid = result.model;
    process.stdout.write(`\n[${new Date().toLocaleTimeString("nl-NL")}] ${formatText(result.diagnostics)}\n`);
    if (!lastValid) return false;
    writeSiteData(lastValid, dataPath, [], result.model ? undefined : messages);
    preview?.changed();
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

  preview = await servePreview(await compiled, sitePort);
  process.stdout.write(`Productenboek: http://127.0.0.1:${preview.port}/ (wijzigingen in ${contentDir}/ verschijnen vanzelf)\n`);
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
