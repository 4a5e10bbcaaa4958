import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareModels } from "../../src/diff/compare.ts";
import { renderChangesHtml } from "../../src/diff/render-html.ts";
import { renderChangesPdf } from "../../src/diff/render-pdf.ts";
import { loadModel } from "../pdf/helpers.ts";

/** A server that counts requests and never answers: a fetch would show up here, and hold the print. */
let server: Server;
let hits = 0;
let port = 0;
beforeAll(async () => {
  server = createServer(() => void hits++);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("the change overview PDF", () => {
  it("prints offline: an image, a style sheet, a frame or a font from elsewhere is never fetched", async () => {
    const model = loadModel("test/fixtures/klein");
    const report = compareModels(model, model, { from: "a", to: "b" });
    const base = `http://127.0.0.1:${port}`;
    const html = renderChangesHtml(report).replace(
      "</body>",
      `<img src="${base}/logo.png" alt=""><link rel="stylesheet" href="${base}/stijl.css"><iframe src="${base}/frame"></iframe><style>@font-face { font-family: X; src: url(${base}/x.woff2); } body { font-family: X; }</style></body>`,
    );
    const pdf = await renderChangesPdf(report, html);
    expect(Buffer.from(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(hits).toBe(0);
  });
});
