import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".pdf": "application/pdf", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png", ".xml": "application/xml", ".xsl": "text/xsl" };

/**
 * Where the test server offers axe-core (test/site/axe.ts), outside any site's
 * addresses. A page that loads it from here, with a cache header, lets Chromium
 * keep the compiled script between pages instead of compiling 500 kB each time.
 */
export const AXE_URL_PATH = "/__test__/axe.min.js";
const AXE_FILE = "node_modules/axe-core/axe.min.js";

/** A tiny static file server for the built site, as any web host would serve it. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path === AXE_URL_PATH) {
      res.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "public, max-age=3600" });
      return void res.end(readFileSync(AXE_FILE));
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      const notFound = join(root, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] });
      return void res.end(existsSync(notFound) ? readFileSync(notFound) : "niet gevonden");
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  // Closing drops the connections too: the test's browser outlives the file (test/browser.ts) and
  // keeps idle connections open, which would otherwise hold up the close.
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
