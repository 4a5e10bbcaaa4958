import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer-core";
import { launchChromium } from "../browser/launch.ts";
import { fontFaces, PRINT_CSS } from "../documents/assemble.ts";
import { toHtml } from "hast-util-to-html";
import { cssString } from "../format/css.ts";
import { formatDate } from "../format/dates.ts";
import { markdownTree } from "../markdown/render.ts";
import type { Assessment, Model } from "../model/types.ts";
import { sha256, writeManifest, type Manifest, type ManifestEntry } from "../pdf/manifest.ts";
import { finalizePdf } from "../pdf/metadata.ts";
import { loadDocument, PDF_OPTIONS } from "../pdf/page-setup.ts";
import { inPages } from "../pdf/page-pool.ts";
import { pageCount } from "../load/pdf-structure.ts";
import { renderStandardText } from "../templates/load.ts";
import { letterFacts, paragraphsFor, recordFacts, shortReason, type DecisionFacts } from "./facts.ts";
import { decide, formatTotal, type AwardDecision } from "./ranking.ts";
import { awardNoticeBlockers, awardNoticeXml, ocdsAwardPackage } from "./award-notice.ts";
import { validateAgainstXsd } from "../notices/eforms/xsd.ts";
import { checkFieldRules } from "../notices/eforms/field-rules.ts";
import { validateOcdsPackage } from "../notices/ocds/validate.ts";
import { addDays } from "../format/calendar.ts";
import { standstill } from "./facts.ts";

/** One document of the award, ready to print. */
interface AwardDocument {
  fileName: string;
  title: string;
  html: string;
}

/** A decision that cannot be made as the leidraad says: what the team must add. */
export class AwardError extends Error {}

/** Why a decision cannot be made, in Dutch, or undefined when it can. */
export function blockers(decision: AwardDecision, assessment: Assessment, model: Model): string[] {
  const lotName = (id: string) => model.lots.find((l) => l.id === id)!.nummer;
  const name = (id: string) => assessment.inschrijvers.find((b) => b.id === id)!.naam;
  return [
    ...decision.unresolved.map((u) => `${assessment.bestand}: perceel ${lotName(u.lotId)}: ${u.bidderIds.map(name).join(", ")} hebben dezelfde totaalscore (${formatTotal(u.total)}) en dezelfde score op elk criterium; de leidraad laat een notaris dan loten: geef elk van deze inschrijvingen \`loting\` met de plaats uit de loting`),
    ...decision.circular.map((c) => `${assessment.bestand}: de voorwaarden tussen percelen verwijzen in een kring naar elkaar (${c}); de gunning kan dan niet in één beslissing worden getoetst`),
  ];
}

/** The letters and the proces-verbaal of one decision as HTML, in bidder order. */
export function awardDocuments(model: Model, assessment: Assessment, decision = decide(model, assessment)): AwardDocument[] {
  const facts: DecisionFacts = { model, decision, assessment, paragraphs: paragraphsFor(model, assessment.subtender) };
  const docs: AwardDocument[] = assessment.inschrijvers.map((b) => {
    const text = renderStandardText("gunning", "brief", letterFacts(facts, b.id));
    return { fileName: `gunningsbeslissing-${b.id}.pdf`, title: `${text.title}: ${b.naam}`, html: page(model, text.title, text.markdown, "Gunningsbeslissing", decision.datum) };
  });
  const record = renderStandardText("gunning", "proces-verbaal", recordFacts(facts));
  docs.push({ fileName: "proces-verbaal.pdf", title: record.title, html: page(model, record.title, record.markdown, "Proces-verbaal (vertrouwelijk)", decision.datum) });
  return docs;
}

/** A letter page in the house style of the PDFs: the same fonts, print.css and running header and footer. */
function page(model: Model, title: string, markdown: string, kind: string, datum: string): string {
  const t = model.tender;
  // Cross-references in a motivering or reden name their target in words; a letter links nowhere.
  const body = toHtml(markdownTree(markdown, () => ({})));
  const pageCss = `@page{@top-left{content:${cssString(`${t.kenmerk} · ${t.aanbestedende_dienst.naam}`)}}@top-right{content:${cssString(kind)}}@bottom-center{content:${cssString(`${formatDate(datum)} · pagina `)} counter(page) " van " counter(pages)}}@page :first{@top-left{content:${cssString(`${t.kenmerk} · ${t.aanbestedende_dienst.naam}`)}}@top-right{content:${cssString(kind)}}}`;
  // The title as text: escaped by the serializer, like every other text of the documents.
  const titleText = toHtml({ type: "text", value: title });
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${titleText}</title>
<style>${fontFaces()}\n${PRINT_CSS}\n${pageCss}\nmain table{table-layout:auto}main th,main td{overflow-wrap:normal;hyphens:manual}</style></head>
<body class="status-definitief"><main><h1>${titleText}</h1>${body}</main></body></html>`;
}

/** rangorde.csv: one row per bid per lot, `rang` empty for a bid that is not eligible. */
export function rankingCsv(model: Model, decision: AwardDecision): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = [["perceel", "rang", "inschrijver", "totaalscore", "gegund", "reden"].join(",")];
  for (const result of decision.lots) {
    for (const e of result.entries) {
      rows.push([result.lot.nummer, e.rank ?? "", e.bidderName, e.total ? formatTotal(e.total).replace(",", ".") : "", e.outcome === "gegund" ? "ja" : "nee", shortReason(model, result, e)].map(field).join(","));
    }
  }
  return rows.join("\r\n") + "\r\n";
}

/**
 * `npm run gunning`: for each beoordeling, OUT/gunning/<subtender>/ with a
 * letter per bidder, the proces-verbaal, rangorde.csv and a manifest. One
 * browser for all; the PDFs carry the decision's date, so a second run gives
 * the same bytes.
 */
export interface AwardOutput {
  folders: { folder: string; manifest: Manifest; decision: AwardDecision }[];
  /** OUT/gunning/eforms-gunning.xml, when it could be made. */
  notice?: string;
  /** Why the award notice was not made (the letters are). */
  noticeSkipped: string[];
}

/**
 * The day the award notice is dated: it is sent once the contracts are signed,
 * so not before the definitieve-gunning milestone and never inside the standstill.
 */
export function noticeDate(model: Model, decisions: AwardDecision[]): string {
  const afterStandstill = decisions.map((d) => addDays(standstill(d.datum).laatste_dag, 1)).sort().at(-1)!;
  const planned = model.tender.planning.find((m) => m.id === "definitieve-gunning")?.datum.slice(0, 10);
  return planned && planned > afterStandstill ? planned : afterStandstill;
}

export async function writeAward(model: Model, assessments: Assessment[], outDir: string): Promise<AwardOutput> {
  const decisions = assessments.map((a) => ({ assessment: a, decision: decide(model, a) }));
  const problems = decisions.flatMap(({ assessment, decision }) => blockers(decision, assessment, model));
  if (problems.length) throw new AwardError(problems.join("\n"));
  const workDir = mkdtempSync(join(tmpdir(), "gunning-"));
  let browser: Browser | undefined;
  const written: { folder: string; manifest: Manifest; decision: AwardDecision }[] = [];
  try {
    browser = await launchChromium();
    for (const { assessment, decision } of decisions) {
      const folder = join(outDir, "gunning", assessment.subtender);
      mkdirSync(folder, { recursive: true });
      const docs = awardDocuments(model, assessment, decision);
      const pdfs = await printAll(browser, docs, workDir);
      const t = model.tender;
      const entries: ManifestEntry[] = docs.map((doc, i) => {
        const pdf = finalizePdf(pdfs[i], { title: doc.title, author: t.aanbestedende_dienst.naam, subject: `Gunning ${decision.subtender.naam}, ${t.titel}`, keywords: `${t.kenmerk}, gunningsbeslissing`, date: decision.datum });
        writeFileSync(join(folder, doc.fileName), pdf);
        return { nummer: String(i + 1), titel: doc.title, bestand: doc.fileName, versie: t.versie, datum: decision.datum, sha256: sha256(pdf), bytes: pdf.length, paginas: pageCount(pdf) };
      });
      const csv = Buffer.from(rankingCsv(model, decision), "utf8");
      writeFileSync(join(folder, "rangorde.csv"), csv);
      entries.push({ nummer: String(entries.length + 1), titel: "Rangorde", bestand: "rangorde.csv", versie: t.versie, datum: decision.datum, sha256: sha256(csv), bytes: csv.length, paginas: 0 });
      const manifest: Manifest = { kenmerk: t.kenmerk, versie: t.versie, datum: decision.datum, bestanden: entries };
      writeManifest(folder, manifest);
      written.push({ folder, manifest, decision });
    }
  } finally {
    await browser?.close().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
  const noticeSkipped = awardNoticeBlockers(model, decisions);
  if (noticeSkipped.length) return { folders: written, noticeSkipped };
  const issued = noticeDate(model, decisions.map((d) => d.decision));
  const xml = awardNoticeXml(model, decisions, issued);
  const ocds = ocdsAwardPackage(model, decisions, issued);
  const invalid = [
    ...(await validateAgainstXsd(xml, "ContractAwardNotice")).map((p) => `eforms-gunning.xml${p.line ? `:${p.line}` : ""}: ${p.message}`),
    ...checkFieldRules(xml, "33").problems.map((p) => `eforms-gunning.xml${p.line ? `:${p.line}` : ""}: ${p.message}`),
    ...validateOcdsPackage(ocds).map((p) => `ocds-gunning.json: ${p}`),
  ];
  if (invalid.length) throw new AwardError(`de aankondiging van de gegunde opdracht is ongeldig:\n${invalid.map((p) => `  ${p}`).join("\n")}`);
  const notice = join(outDir, "gunning", "eforms-gunning.xml");
  writeFileSync(notice, xml);
  writeFileSync(join(outDir, "gunning", "ocds-gunning.json"), JSON.stringify(ocds, null, 2) + "\n");
  return { folders: written, notice, noticeSkipped };
}

/** Prints the documents with two pages at a time (the machine has two cores). */
function printAll(browser: Browser, docs: AwardDocument[], workDir: string): Promise<Uint8Array[]> {
  return inPages(browser, docs, 2, async (doc, page, i) => {
    const file = join(workDir, `gunning-${i}.html`);
    writeFileSync(file, doc.html);
    await loadDocument(page, pathToFileURL(file).href, 60_000);
    return page.pdf({ ...PDF_OPTIONS, outline: false, timeout: 60_000 });
  });
}
