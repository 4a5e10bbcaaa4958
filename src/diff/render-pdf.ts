import { launchChromium } from "../browser/launch.ts";
import { formatDate } from "../format/dates.ts";
import { finalizePdf } from "../pdf/metadata.ts";
import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { reportTitle } from "./render-html.ts";
import type { ChangeReport } from "./types.ts";

/**
 * Prints the overview to an A4 PDF with the tender's header and footer, to
 * attach to a Nota van Inlichtingen. Offline: only the HTML we pass is loaded.
 */
export async function renderChangesPdf(r: ChangeReport, html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // The overview needs no script; whatever the compared texts hold cannot run.
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (req) => (req.url().startsWith("data:") || req.url() === "about:blank" ? req.continue() : req.abort()));
    await page.setContent(html, { waitUntil: "load" });
    // Chromium's header and footer templates: small print, the text escaped by the serializer.
    const small = (left: string, right: (string | Element)[]) =>
      toHtml(h("div", { style: "font-size:8px;font-family:DejaVu Sans,sans-serif;width:100%;padding:0 15mm;display:flex;justify-content:space-between" }, [h("span", left), h("span", right)]));
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: "22mm", bottom: "20mm", left: "15mm", right: "15mm" },
      displayHeaderFooter: true,
      headerTemplate: small(`${r.to.kenmerk} · ${r.to.titel}`, [reportTitle(r)]),
      footerTemplate: small(`Versie ${r.to.versie} · ${formatDate(r.to.datum)}`, ["pagina ", h("span.pageNumber"), " van ", h("span.totalPages")]),
    });
    // Reproducible like the bundle: the date of the newer version, never the clock.
    return finalizePdf(pdf, {
      title: `${reportTitle(r)} – ${r.to.titel}`,
      author: r.to.dienst,
      subject: `Wijzigingen in de aanbestedingsstukken van ${r.to.titel}`,
      keywords: `${r.to.kenmerk}, versie ${r.from.versie} → ${r.to.versie}`,
      date: r.to.datum,
    });
  } finally {
    await browser.close();
  }
}
