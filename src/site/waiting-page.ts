import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";

const STYLE = `
body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
.dev-errors { background: #fde7e9; color: #6e0b14; border: 2px solid #a4262c; padding: 1rem; white-space: pre-wrap; font-family: "DejaVu Sans Mono", monospace; font-size: .9rem; }
.dev-errors pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font: inherit; }
`;

/** The page shown while there has never been a valid version to preview; the messages are text in the tree, escaped by the serializer. */
export function renderWaitingPage(messages: string[]): string {
  const page: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: "nl" }, [
        h("head", [
          h("meta", { charset: "utf-8" }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          h("meta", { httpEquiv: "refresh", content: "2" }),
          h("title", "De inhoud bevat fouten · productenboek"),
          h("style", STYLE),
        ]),
        h("body", [
          h("main", [
            h("h1", "De inhoud bevat fouten"),
            h("p", "Er is nog geen geldige versie om te tonen. Verbeter de fouten hieronder en bewaar het bestand; deze pagina ververst vanzelf en toont dan het productenboek."),
            h("div.dev-errors", { role: "alert" }, [h("pre", messages.join("\n"))]),
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(page)}\n`;
}

/**
 * Serves the waiting page until the content is valid, so the browser shows
 * what is wrong from the first start, not a refused connection. On `port`,
 * or with 0 on a port the system chooses (reported as `port`); `close` frees
 * it for the site.
 */
export async function serveWaitingPage(port: number, messages: () => string[]): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(renderWaitingPage(messages()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
