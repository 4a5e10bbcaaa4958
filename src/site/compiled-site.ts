/**
 * The productenboek's pages, compiled once and rendered for every tender.
 *
 * A static `astro build` spends most of its time compiling and bundling the
 * pages (about 4 of its 5 seconds for the example), the same work for every
 * tender: the pages read the tender from the site data at render time, never
 * at compile time. So Astro compiles them once into a server bundle, kept in
 * `node_modules/.cache/jeugdhulp-site-server/<hash>/` for as long as the
 * sources that go into it (src/, the Astro configuration and the locked
 * packages) stay the same; each build then renders every page from that bundle
 * with Astro's own renderer (`astro/app`), as the static build would have.
 * After an edit of the content, a build renders without compiling; after an
 * edit of src/, the first build compiles again.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../project-root.ts";

const CACHE_ROOT = join(PROJECT_ROOT, "node_modules", ".cache", "jeugdhulp-site-server");
/** The module Astro's server bundle starts from: it hands the build's manifest to whoever imports the bundle. */
const SERVER_ENTRY = join(PROJECT_ROOT, "src", "site", "server-entry.mjs");
/** Compiled sites kept beside the current one (another checkout's process may still read its own). */
const KEEP = 3;

/** Everything the compiled pages are made from: a change in any of it compiles them again. */
function sourceHash(): string {
  const hash = createHash("sha256");
  const files = readdirSync(join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(PROJECT_ROOT, "src", f)).isFile())
    .sort()
    .map((f) => join("src", f));
  for (const file of [...files, "astro.config.mjs", "package-lock.json"]) {
    hash.update(file).update("\0");
    if (existsSync(join(PROJECT_ROOT, file))) hash.update(readFileSync(join(PROJECT_ROOT, file)));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The folder of the compiled site for the current sources (`server/` and
 * `client/`), compiled first when there is none. Two builds that compile at
 * once each compile into a folder of their own and the first to finish wins;
 * a reader never sees a half-written bundle.
 */
export async function compiledSite(): Promise<string> {
  const dir = join(CACHE_ROOT, sourceHash());
  if (existsSync(join(dir, "server", "entry.mjs"))) return dir;
  const work = `${dir}.bouw-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  const cwd = process.cwd();
  // Parts of Astro's build resolve paths from the working directory, not from `root`.
  process.chdir(PROJECT_ROOT);
  try {
    const { build } = await import("astro");
    await build({
      root: PROJECT_ROOT,
      outDir: work,
      // Astro warns that a server bundle ignores getStaticPaths(); renderPages calls them.
      logLevel: "error",
      mode: "production",
      output: "server",
      adapter: {
        name: "jeugdhulp-compiled-site",
        hooks: {
          "astro:config:done": ({ setAdapter }) =>
            setAdapter({
              name: "jeugdhulp-compiled-site",
              serverEntrypoint: SERVER_ENTRY,
              exports: ["manifest"],
              supportedAstroFeatures: { staticOutput: "stable", hybridOutput: "stable", serverOutput: "stable", sharpImageService: "stable" },
            }),
        },
      },
    });
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  } finally {
    process.chdir(cwd);
  }
  try {
    renameSync(work, dir);
  } catch {
    // Another build finished compiling the same sources first: use theirs.
    rmSync(work, { recursive: true, force: true });
  }
  removeOldCompiledSites(dir);
  return dir;
}

/** All but the newest few compiled sites, and the half-written ones of builds that are gone. */
function removeOldCompiledSites(current: string): void {
  const entries = readdirSync(CACHE_ROOT).map((name) => join(CACHE_ROOT, name));
  for (const entry of entries) {
    const pid = Number(/\.bouw-(\d+)$/.exec(entry)?.[1]);
    if (pid && !running(pid)) rmSync(entry, { recursive: true, force: true });
  }
  const done = entries.filter((e) => !/\.bouw-\d+$/.test(e) && e !== current && existsSync(e));
  done.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const old of done.slice(KEEP - 1)) rmSync(old, { recursive: true, force: true });
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** What Astro's manifest tells of a route (astro/app's RouteData, the fields used here). */
interface Route {
  route: string;
  type: string;
  component: string;
  params: string[];
  origin?: string;
  prerender: boolean;
  generate: (params: Record<string, string | undefined>) => string;
}

interface PageModule {
  getStaticPaths?: () => Promise<{ params: Record<string, string> }[]> | { params: Record<string, string> }[];
}

interface Manifest {
  routes: { routeData: Route }[];
  pageMap: Map<string, () => Promise<{ page: () => Promise<PageModule> }>>;
}

/** One page of the site for the current site data: its address, the file a static site keeps it in, and its route. */
export interface SitePage {
  pathname: string;
  /** Relative to the site's folder: `producten/x/index.html`, `404.html`, `feed.xml`. */
  file: string;
  route: Route;
  notFound: boolean;
}

/** A compiled site, loaded: its pages for the current site data, and each page rendered. */
export interface LoadedSite {
  /** The client files (scripts, styles, the public folder), served or copied as they are. */
  clientDir: string;
  /** Every page, with the tender of the site data that JEUGDHULP_MODEL names now. */
  pages(): Promise<SitePage[]>;
  /** The page's HTML (or the feed's XML), with the status a server answers with (404 for the 404 page). */
  render(page: SitePage): Promise<{ status: number; body: Buffer }>;
}

/** The compiled site in `dir` (from `compiledSite()`), loaded into this process. */
export async function loadCompiledSite(dir: string): Promise<LoadedSite> {
  const { App } = await import("astro/app");
  const { manifest } = (await import(pathToFileURL(join(dir, "server", "entry.mjs")).href)) as { manifest: Manifest };
  // Astro keeps each route's paths once asked; a new renderer per listing sees the data as it is now.
  let app = new App(manifest as never);
  return {
    clientDir: join(dir, "client"),
    async pages() {
      app = new App(manifest as never);
      const pages: SitePage[] = [];
      for (const { routeData: route } of manifest.routes) {
        if (route.origin === "internal" || (route.type !== "page" && route.type !== "endpoint")) continue;
        // A server bundle renders a page without calling getStaticPaths(); marked as
        // prerendered, Astro calls it and gives the page the props of its path, as a static build does.
        route.prerender = true;
        const module = await (await manifest.pageMap.get(route.component)!()).page();
        const paths = route.params.length ? await module.getStaticPaths!() : [{ params: {} }];
        for (const { params } of paths) {
          const notFound = route.route === "/404";
          const generated = route.generate(params);
          const pathname = notFound ? "/404/" : route.type === "endpoint" ? generated.replace(/\/$/, "") : generated;
          const file = notFound ? "404.html" : route.type === "endpoint" ? pathname.slice(1) : join(pathname.slice(1), "index.html");
          pages.push({ pathname, file, route, notFound });
        }
      }
      return pages;
    },
    async render(page) {
      const response = await app.render(new Request(`http://localhost${page.pathname}`), { routeData: page.route as never });
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status !== (page.notFound ? 404 : 200)) throw new Error(`De pagina ${page.pathname} gaf ${response.status}: ${body.toString("utf8").slice(0, 500)}`);
      return { status: response.status, body };
    },
  };
}

/**
 * Every page of the compiled site in `dir`, rendered into `out` as a static
 * site: `<path>/index.html` per page, `404.html`, the feed, and the client
 * files. The pages read the tender from the site data that JEUGDHULP_MODEL names.
 */
export async function renderPages(dir: string, out: string): Promise<number> {
  const site = await loadCompiledSite(dir);
  cpSync(site.clientDir, out, { recursive: true });
  const pages = await site.pages();
  for (const page of pages) {
    const file = join(out, page.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, (await site.render(page)).body);
  }
  return pages.length;
}
