import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { count, progressPrinter, seconds, type Progress } from "./progress.ts";
import { reportValidation } from "./report.ts";
import { validateContent } from "../pipeline/validate-content.ts";
import { removeStaleFolders, replaceAtomically } from "./atomic-output.ts";
import { exitOnSignals } from "./interrupt.ts";
import { moveInternalPages, publishDownloads } from "../site/render-site.ts";
import { renderSiteInChild, WebsiteProcessError } from "./website-process.ts";
import { PENDING } from "../site/lib/downloads.ts";
import { plannedFiles } from "../documents/build-documents.ts";
import { renderAttachments } from "../pdf/render-attachments.ts";
import { writeBuyerWorkbook } from "../export/workbook.ts";
import { writeNotaWordFiles } from "../export/nota-word.ts";
import { changesPerEntity } from "../diff/landing.ts";
import { InvalidNoticeError, wantsNotices, writeNotices } from "../notices/write-notices.ts";
import { compareTender } from "../diff/compare-tender.ts";
import { changedTargets } from "../diff/landing.ts";
import { notaChangesOf } from "../diff/nota-changes.ts";
import { addPages, settleNotaPages } from "../diff/pages.ts";
import { InvalidSideError, modelOf, writeChangeReport } from "../diff/run-diff.ts";
import { CHANGES_CSS, renderChangesFragment } from "../diff/render-html.ts";
import type { ChangeReport } from "../diff/types.ts";
import type { Model } from "../model/types.ts";
import { checkTemplates } from "../documents/check-templates.ts";
import { TemplateError } from "../templates/template-error.ts";

const products = (model: Model) => `${count(model.products.length, "product", "producten")}, ${count(model.lots.length, "perceel", "percelen")}`;

/** What a build is asked to do: `npm run build` and its flags. */
export interface BuildOptions {
  content: string;
  out: string;
  format: "text" | "json";
  strict: boolean;
  compare?: string;
  /** Only errors (and warnings that block, under --strict). */
  quiet: boolean;
  /** `--aankondiging`: the EU notice, open data and the internal /aankondiging/ page even without `aankondiging` in the data. */
  aankondiging?: boolean;
}

/**
 * `npm run build`: validate, then render everything into a fresh folder that
 * replaces the output only when all stages succeeded. Says one line per
 * finished stage (nothing but errors with --quiet). An interrupted build
 * (Ctrl-C, SIGTERM) leaves the output as it was and no temporary folder.
 */
export async function runBuild(options: BuildOptions): Promise<number> {
  const started = performance.now();
  const progress = progressPrinter({ quiet: options.quiet, tty: process.stdout.isTTY === true });
  const stopHandlingSignals = exitOnSignals((signal) => {
    progress.clear();
    process.stderr.write(`Bouwen afgebroken (${signal}). ${options.out}/ is niet gewijzigd.\n`);
  });
  try {
    // First of all: a build that died between moving the old output aside and moving its new one
    // in left no output; put the old one back, so "not changed" below is true whatever stops this build.
    removeStaleFolders(options.out);
    let result: ReturnType<typeof validateContent>;
    // --compare REF: the overview of changes since that version, published with the build. It is made
    // once the content resolves, because a Nota's `wijzigt` is checked against it.
    let report: ChangeReport | undefined;
    let compareMs = 0;
    const changedSince = options.compare
      ? {
          label: options.compare,
          changed: (current: Model) => {
            const comparing = performance.now();
            report = compareTender(modelOf(options.compare!, options.content).model, current, { from: options.compare!, to: options.content });
            compareMs = performance.now() - comparing;
            return changedTargets(report);
          },
        }
      : undefined;
    try {
      // The standard texts in templates/, filled in with this tender's facts (validation fills some in for the
      // leidraad's outline): a broken one stops the build before anything is written.
      result = validateContent(options.content, { changedSince });
      if (result.model) checkTemplates(result.model);
    } catch (e) {
      if (e instanceof TemplateError) {
        process.stderr.write(`${e.message}\nBouwen gestopt: een sjabloon bevat een fout. ${options.out}/ is niet gewijzigd.\n`);
        return 1;
      }
      if (!options.compare) throw e;
      // The version to compare with is invalid (1), or cannot be read: an unknown git ref (2).
      process.stderr.write(`${(e as Error).message}\nBouwen gestopt. ${options.out}/ is niet gewijzigd.\n`);
      return e instanceof InvalidSideError ? 1 : 2;
    }
    if (!reportValidation(result, { ...options, quietWhenClean: true })) {
      process.stderr.write(`Bouwen gestopt: de inhoud bevat fouten. ${options.out}/ is niet gewijzigd.\n`);
      return 1;
    }
    const model = result.model!;
    const warnings = result.diagnostics.filter((d) => d.severity === "waarschuwing").length;
    progress.done("gevalideerd", `${products(model)}, ${count(warnings, "waarschuwing", "waarschuwingen")}`, performance.now() - started);
    if (report) {
      // The page of every place a change lands, before anything shows the overview (the site, the Nota).
      const paging = performance.now();
      await addPages(report, { publishing: true });
      await settleNotaPages(report, model);
      compareMs += performance.now() - paging;
    }


    try {
      await replaceAtomically(options.out, (dir) => renderAll(dir, model, report, compareMs, options, progress));
    } catch (e) {
      if (e instanceof InvalidNoticeError || e instanceof WebsiteProcessError || e instanceof TemplateError) {
        progress.clear();
        process.stderr.write(`${e.message}\nBouwen gestopt. ${options.out}/ is niet gewijzigd.\n`);
        return 1;
      }
      process.stderr.write(`Bouwen gestopt. ${options.out}/ is niet gewijzigd.\n`);
      throw e;
    }
    progress.line(`Gebouwd: ${options.out}/ in ${seconds(performance.now() - started)} (${products(model)})`);
    return 0;
  } finally {
    stopHandlingSignals();
  }
}

/** Every stage after validation, into the temporary folder `dir`. */
async function renderAll(dir: string, model: Model, report: ChangeReport | undefined, compareMs: number, options: BuildOptions, progress: Progress): Promise<void> {
  // `bron` is where an own file is on this machine: the output is the same on every clone without it.
  writeFileSync(join(dir, "model.json"), JSON.stringify(model, (key, value) => (key === "bron" ? undefined : value), 2) + "\n");
  // --aankondiging asks for the notices (and the internal /aankondiging/ page) without `aankondiging` in the data.
  const noticeModel = options.aankondiging && !model.tender.aankondiging ? { ...model, tender: { ...model.tender, aankondiging: {} } } : model;
  const notaChanges = report && notaChangesOf(report, model);
  const changes = report && {
    titel: `Wijzigingen ten opzichte van versie ${report.from.versie}`,
    html: renderChangesFragment(report),
    css: CHANGES_CSS,
    from: { versie: report.from.versie, datum: report.from.datum },
    nota: notaChanges,
    perEntity: changesPerEntity(report),
  };

  // Three things at once on two cores: a child process renders the website and
  // its search index, Chromium prints the PDFs, and this process drives
  // Chromium and writes the rest. The site knows every file's name and date
  // from the plan; sizes and pages are filled in once the bundle exists.
  const mercell = join(dir, "mercell");
  const site = join(dir, "site");
  const planned = plannedFiles(model);
  const stopSite = new AbortController();
  let siteLive: ((text: string) => void) | undefined;
  const pages = renderSiteInChild(noticeModel, site, {
    downloads: planned.map((f) => ({ ...f, bytes: PENDING, paginas: PENDING })),
    changes,
    signal: stopSite.signal,
    onProgress: (p) => siteLive?.(p.step === "pages" ? "pagina's maken" : `${count(p.pages, "pagina", "pagina's")}, zoekindex maken`),
  });
  pages.catch(() => undefined);

  // The EU notice (eForms subtype 20) and the OCDS release, validated: an invalid one stops the build at once.
  if (wantsNotices(noticeModel)) {
    try {
      await progress.stage("aankondiging", () => writeNotices(noticeModel, dir), (n) => `eForms subtype 20 en OCDS, ${count(n.lots, "perceel", "percelen")}${n.groups ? `, ${count(n.groups, "groep", "groepen")}` : ""}`);
    } catch (e) {
      stopSite.abort();
      await pages.catch(() => undefined);
      throw e;
    }
  }

  // The notas as Word files too, from the HTML the PDFs print (word/): beside the bundle, never in it.
  let word: Promise<string[]> = Promise.resolve([]);
  const printing = progress.stage(
    "PDF's",
    (live) =>
      renderAttachments(model, mercell, {
        documents: { notaChanges },
        onDocuments: (docs) => {
          word = writeNotaWordFiles(model, docs, dir);
          // Awaited with the other stages below; until then a failure must not count as unhandled.
          word.catch(() => undefined);
        },
        onProgress: ({ printed, total }) => live(`${printed}/${total}`),
      }),
    (m) => `${count(m.bestanden.length, "bestand", "bestanden")}, ${count(m.bestanden.reduce((n, b) => n + b.paginas, 0), "pagina", "pagina's")}`,
  );
  const bundle = printing.then(async (manifest) => {
    if (report) {
      const writing = performance.now();
      await writeChangeReport(report, join(dir, "wijzigingen"));
      const { toegevoegd, verwijderd, gewijzigd, hernoemd, belangrijk } = report.counts;
      progress.done(
        `wijzigingen sinds ${options.compare}`,
        `${count(toegevoegd + verwijderd + gewijzigd + hernoemd, "wijziging", "wijzigingen")}, ${belangrijk} wezenlijk`,
        compareMs + performance.now() - writing,
      );
    }
    return manifest;
  });
  // A failed printing fails the build below, and stops the website at once: its pages could never be
  // published, and the user should not wait for them to learn why. The site stage, which awaits the
  // bundle too, must not leave the failure unhandled.
  bundle.catch(() => stopSite.abort());
  // The buyer's workbook for setting up the platform (inrichting/): beside the bundle and the site, never in them.
  const workbook = writeBuyerWorkbook(model, dir);
  const website = progress.stage(
    "website",
    async (live) => {
      siteLive = live;
      const result = await pages;
      live("wachten op de PDF's");
      const manifest = await bundle;
      const files = manifest.bestanden.map((b, i) => ({ ...b, inhoud: planned[i].inhoud }));
      assertAsPlanned(planned, files);
      publishDownloads(noticeModel, site, { dir: mercell, files });
      // The notice's fill-in page is for the team: beside the notice files, not on the public site.
      moveInternalPages(site, dir);
      return result;
    },
    (result) => count(result.pages, "pagina", "pagina's"),
  );
  // Every stage ends before the build does, failed or not: a stage still writing
  // into the temporary folder after it was removed would leave it behind.
  const settled = await Promise.allSettled([bundle, website, workbook, pages, printing.then(() => word)]);
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * The site was rendered from the plan before the PDFs existed; the manifest
 * must list the same files with the same dates, or a link would point nowhere.
 */
function assertAsPlanned(planned: { bestand: string; datum: string }[], printed: { bestand: string; datum: string }[]): void {
  const describe = (files: { bestand: string; datum: string }[]) => files.map((f) => `${f.bestand} (${f.datum})`).join(", ");
  if (describe(planned) !== describe(printed)) throw new Error(`De bundel wijkt af van het plan waarmee de website is gemaakt: gepland ${describe(planned)}; gemaakt ${describe(printed)}`);
}
