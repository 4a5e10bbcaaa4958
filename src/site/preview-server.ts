/**
 * The live preview's web server (`npm run dev`): the compiled site
 * (compiled-site.ts) rendered page by page on request, from the site data the
 * preview rewrites after every save, and open pages reloaded when it did.
 * No bundler runs: a page costs what rendering it costs in a build.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import type { LoadedSite, SitePage } from "./compiled-site.ts";

/** Where an open page listens for "the data changed" (server-sent events). */
const EVENTS_PATH = "/__voorbeeld/wijzigingen";

/**
 * Added to every page of the preview: reload when the content was saved. Once
 * connected, the page says so on its root element (`data-voorbeeld`), for
 * whoever must know that an open page will follow the next save.
 */
const RELOAD_SCRIPT = `<script>{const s = new EventSource(${JSON.stringify(EVENTS_PATH)}); s.onopen = () => document.documentElement.dataset.voorbeeld = "verbonden"; s.onmessage = () => location.reload();}</script>`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".xsl": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

export interface PreviewServer {
  port: number;
  /** The site data changed: list the pages again (a file added or removed adds or removes pages), and reload open pages. */
  changed(): void;
  close(): Promise<void>;
}

/** Serves `site` on `port` (0: a port the system chooses, reported as `port`) at 127.0.0.1. */
export async function servePreview(site: LoadedSite, port: number): Promise<PreviewServer> {
  let listing: Promise<Map<string, SitePage>> | undefined;
  const pages = () =>
    (listing ??= site.pages().then((all) => new Map(all.map((p) => [p.pathname, p]))));
  const listeners = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (pathname === EVENTS_PATH) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": verbonden\n\n");
      listeners.add(res);
      req.on("close", () => listeners.delete(res));
      return;
    }
    answer(pathname, res).catch((e: Error) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`Deze pagina kon niet worden gemaakt:\n${e.stack ?? e.message}`);
    });
  });

  async function answer(pathname: string, res: ServerResponse): Promise<void> {
    const file = clientFile(site.clientDir, pathname);
    if (file) {
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      createReadStream(file).pipe(res);
      return;
    }
    const all = await pages();
    // The address as the site writes it (with its slash), or the site's own 404 page.
    const page = all.get(pathname) ?? all.get(`${pathname}/`) ?? [...all.values()].find((p) => p.notFound);
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Niet gevonden");
      return;
    }
    const rendered = await site.render(page);
    const isHtml = page.route.type === "page";
    const body = isHtml ? rendered.body.toString("utf8").replace("</body>", `${RELOAD_SCRIPT}</body>`) : rendered.body;
    const status = page.pathname === pathname || page.pathname === `${pathname}/` ? rendered.status : 404;
    res.writeHead(status, { "content-type": isHtml ? TYPES[".html"] : TYPES[extname(page.pathname)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    changed() {
      listing = undefined;
      for (const res of listeners) res.write("data: herladen\n\n");
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A file of the site's client folder for `pathname` (never outside it), if there is one. */
function clientFile(dir: string, pathname: string): string | undefined {
  const file = normalize(join(dir, pathname));
  if (!file.startsWith(dir + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
