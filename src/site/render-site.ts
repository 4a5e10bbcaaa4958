import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { templateSources } from "../templates/load.ts";
import { basename, dirname, join, resolve } from "node:path";
import type { Model } from "../model/types.ts";
import { siteBestek } from "./lib/bestek.ts";
import { siteQuestions } from "./lib/questions.ts";
import { addSearchKeywords } from "./search-keywords.ts";
import type { SiteData } from "./lib/model.ts";
import type { SiteDownload } from "./lib/downloads.ts";
import { noticeFacts } from "../notices/facts.ts";
import { ocdsReleasePackage } from "../notices/ocds/release.ts";
import { fillDownloadFacts } from "./download-facts.ts";
import { PROJECT_ROOT } from "../project-root.ts";
import { compiledSite, renderPages } from "./compiled-site.ts";

const ROOT = PROJECT_ROOT;

export interface SiteOptions {
  /** PDFs to offer for download, with the folder they are in. */
  downloads?: { dir: string; files: SiteDownload[] };
  /** A change overview to publish as /wijzigingen/. */
  changes?: SiteData["changes"];
  /** Told when each step starts: Astro renders the pages, then Pagefind indexes them. */
  onProgress?: (progress: SiteProgress) => void;
}

export type SiteProgress = { step: "pages" } | { step: "search-index"; pages: number };

export interface SiteResult {
  /** Pages with an address: the index.html files Astro wrote (404.html is not one). */
  pages: number;
}

/** Counts the index.html files under `dir`, the way a visitor can reach them (Pagefind's folder has none). */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => basename(f) === "index.html").length;
}

/** Writes the data file the Astro pages read (the model, never the YAML). */
export function writeSiteData(model: Model, path: string, downloads: SiteDownload[] = [], errors?: string[], changes?: SiteData["changes"]): void {
  // The leidraad is rendered here, once, from the same section plan as the PDF.
  const bestek = siteBestek(model, downloads, changes?.nota);
  const data: SiteData = { model, downloads, errors, changes, bestek, questions: siteQuestions(model, bestek), textParts: templateSources("tekstdelen") };
  writeFileSync(path, JSON.stringify(data));
}

/**
 * Builds the productenboek website into `outDir` with Astro, then indexes it
 * with Pagefind so search works from the static files alone.
 */
export async function renderSite(model: Model, outDir: string, options: SiteOptions = {}): Promise<SiteResult> {
  options.onProgress?.({ step: "pages" });
  await renderSitePages(model, outDir, { downloads: options.downloads?.files, changes: options.changes });
  const result = await indexSite(model, outDir, options.onProgress);
  publishDownloads(model, outDir, options.downloads);
  return result;
}

/**
 * The pages alone, into `outDir`: Astro renders every page from the model.
 * `downloads` may still be PENDING in size and pages (lib/downloads.ts): then
 * `npm run build` renders and indexes the site while the PDFs print, and
 * `publishDownloads` fills them in.
 */
export async function renderSitePages(model: Model, outDir: string, options: { downloads?: SiteDownload[]; changes?: SiteData["changes"] } = {}): Promise<void> {
  const work = siteWorkDir();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeSiteData(model, join(work, SITE_DATA), options.downloads ?? [], undefined, options.changes);
  await pagesFromSiteData(work, outDir);
}

/** The data file the pages read, inside the working folder. */
export const SITE_DATA = "site-data.json";

/**
 * Astro's working folder: it renders pages from modules it writes into its
 * output folder, and they import packages by name, so that folder must be
 * inside the project. One per process (or per `id`), so builds never meet.
 */
export function siteWorkDir(id: string | number = process.pid): string {
  removeStaleWorkDirs();
  return join(WORK_ROOT, String(id));
}

const WORK_ROOT = join(ROOT, "node_modules", ".cache", "jeugdhulp-site");

/** Folders of builds that were killed before they could clean up (`<pid>` or `<pid>-website`): their process is gone. */
function removeStaleWorkDirs(): void {
  let entries: string[];
  try {
    entries = readdirSync(WORK_ROOT);
  } catch {
    return;
  }
  for (const entry of entries) {
    // The whole pid: `<pid>` or `<pid>-…`, never the digits a longer name starts with.
    const pid = Number(/^(\d+)(?:-|$)/.exec(entry)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ESRCH") rmSync(join(WORK_ROOT, entry), { recursive: true, force: true });
    }
  }
}

/**
 * Every page, rendered from `work`/site-data.json into `outDir`. The site is
 * rendered inside `work` and then moved to where the user asked for it;
 * `work` is removed afterwards.
 */
export async function pagesFromSiteData(work: string, outDir: string): Promise<void> {
  const out = resolve(outDir);
  const built = join(work, "site");
  process.env.JEUGDHULP_MODEL = join(work, SITE_DATA);
  try {
    // Compiled once per version of the sources (compiled-site.ts), rendered for this tender.
    await renderPages(await compiledSite(), built);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(dirname(out), { recursive: true });
    moveFolder(built, out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A rename when both are on one file system (the usual case: the output is in the project), else a copy. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw e;
    cpSync(from, to, { recursive: true });
  }
}

/**
 * The search index over the rendered pages, with compound words under the
 * terms they contain. A download's size and pages are never indexed
 * (`data-pagefind-ignore`), so the index can be made before the PDFs exist.
 */
export async function indexSite(model: Model, outDir: string, onProgress?: SiteOptions["onProgress"]): Promise<SiteResult> {
  const out = resolve(outDir);
  const pages = countPages(out);
  onProgress?.({ step: "search-index", pages });
  // Compound words ("Crisispleegzorg") also under the known terms they contain ("pleegzorg").
  addSearchKeywords(out, model);
  await indexForSearch(out);
  return { pages };
}

/**
 * What the site needs once the bundle exists: the downloads themselves, their
 * sizes and pages in the pages (when those were rendered before the PDFs were
 * printed), and the open data.
 */
export function publishDownloads(model: Model, outDir: string, downloads?: SiteOptions["downloads"]): void {
  const out = resolve(outDir);
  if (downloads) {
    mkdirSync(join(out, "downloads"), { recursive: true });
    for (const f of downloads.files) copyFileSync(join(downloads.dir, f.bestand), join(out, "downloads", f.bestand));
    fillDownloadFacts(out, downloads.files);
  }
  // The open data the downloads page offers (the build validated the same package against the OCDS schema).
  if (model.tender.aankondiging) {
    mkdirSync(join(out, "downloads"), { recursive: true });
    writeFileSync(join(out, "downloads", "ocds-release-package.json"), JSON.stringify(ocdsReleasePackage(noticeFacts(model), model.tender.versie), null, 2) + "\n");
  }
}

/**
 * Pages for the buying team only (marked "Intern, voor het inkoopteam"): the
 * fill-in sheet of the EU notice. They leave the public site for the team's
 * own output beside it (OUT/aankondiging/), where the notice files are.
 */
const INTERNAL_PAGES = [{ page: join("aankondiging", "index.html"), to: join("aankondiging", "invulhulp.html") }];

/** Moves the internal pages out of the built site into `teamDir`; returns where they went (relative to `teamDir`). */
export function moveInternalPages(siteDir: string, teamDir: string): string[] {
  const moved: string[] = [];
  for (const { page, to } of INTERNAL_PAGES) {
    const from = join(siteDir, page);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(teamDir, to)), { recursive: true });
    copyFileSync(from, join(teamDir, to));
    rmSync(dirname(from), { recursive: true, force: true });
    moved.push(to);
  }
  return moved;
}

async function indexForSearch(siteDir: string): Promise<void> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "nl" });
  if (!index) throw new Error(`Pagefind kon niet starten: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
}
