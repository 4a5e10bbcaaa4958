import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Model } from "../model/types.ts";
import type { SiteData } from "../site/lib/model.ts";
import type { SiteDownload } from "../site/lib/downloads.ts";
import { SITE_DATA, siteWorkDir, writeSiteData, type SiteProgress, type SiteResult } from "../site/render-site.ts";
import { PROGRESS_PREFIX, type ChildMessage } from "../site/website-protocol.ts";
import { onExit } from "./interrupt.ts";
import { PROJECT_ROOT } from "../project-root.ts";

/** The website's process failed (crashed, killed, Astro or Pagefind refused): the message says how, with what it wrote. */
export class WebsiteProcessError extends Error {}

const CHILD = join(PROJECT_ROOT, "src", "site", "website-child.ts");
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/**
 * The website's pages and search index, rendered in a child process. Astro's
 * build keeps its thread busy for seconds at a time; the PDF printing, which
 * runs at the same time, needs this process's thread to drive Chromium and to
 * finish each PDF. In one process either waits for the other; in two, each
 * has a core. The pages read the same data file as in `renderSite`
 * (writeSiteData, from the model; never the YAML), so they are the same bytes.
 */
export function renderSiteInChild(model: Model, outDir: string, options: { downloads: SiteDownload[]; changes?: SiteData["changes"]; onProgress?: (p: SiteProgress) => void; /** Stops the child (the build failed elsewhere). */ signal?: AbortSignal }): Promise<SiteResult> {
  const work = siteWorkDir(`${process.pid}-website`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeSiteData(model, join(work, SITE_DATA), options.downloads, undefined, options.changes);
  const child = spawn(process.execPath, ["--import", TSX, CHILD, work, resolve(outDir)], { stdio: ["ignore", "pipe", "pipe"] });
  // Interrupted (Ctrl-C, SIGTERM): the child must not go on writing into a folder that is being removed.
  const forget = onExit(() => {
    child.kill("SIGKILL");
    rmSync(work, { recursive: true, force: true });
  });
  options.signal?.addEventListener("abort", () => child.kill("SIGKILL"), { once: true });
  return new Promise((done, fail) => {
    let result: SiteResult | undefined;
    let stderr = "";
    let pending = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (!line.startsWith(PROGRESS_PREFIX)) {
          process.stdout.write(`${line}\n`);
          continue;
        }
        const message = JSON.parse(line.slice(PROGRESS_PREFIX.length)) as ChildMessage;
        if ("done" in message) result = message.done;
        else options.onProgress?.(message.progress);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (e) => {
      forget();
      fail(e);
    });
    child.on("close", (code, signal) => {
      forget();
      rmSync(work, { recursive: true, force: true });
      if (code === 0 && result) done(result);
      else fail(new WebsiteProcessError(`De website kon niet worden gebouwd (${signal ?? `code ${code}`}):\n${stderr.trim()}`));
    });
  });
}
