import type { ElementContent } from "hast";
import { isFileAttachment, type Attachment, type GeneratedAttachment, type Model } from "../model/types.ts";
import { assembleHtml } from "./assemble.ts";
import { bestekSections } from "./bestek/index.ts";
import type { NotaChanges } from "./nota.ts";
import { documentDate, planAttachment } from "./document-kinds.ts";
import { attachmentFileName } from "./file-name.ts";
import { lookup, type Lookup } from "../model/lookup.ts";
import { rendererFor } from "./render-context.ts";
import { numberSections } from "./section.ts";
import { XrefIndex, type LeidraadPlan, type PlannedDocument } from "./xref.ts";

/** One attachment ready to print. */
export interface DocumentHtml {
  attachment: GeneratedAttachment;
  fileName: string;
  /** Title for the PDF metadata. */
  title: string;
  html: string;
  /** True when the document has a TOC whose page numbers the printer must fill in. */
  hasToc: boolean;
  /** The document's own date (YYYY-MM-DD): a Nota's publication date, else the date of the tender version. */
  datum: string;
  /** The numbered plan the HTML was rendered from (sections, what each describes). */
  plan: Plan;
}

export interface Plan extends PlannedDocument {
  attachment: GeneratedAttachment;
  tocDepth: number;
  /** What stands above the first section (hast). */
  intro?: ElementContent[];
  /** Top-level sections are articles: printed "Artikel 1", "Artikel 2", … (an agreement). */
  articles?: boolean;
  /** The date on the cover when the document has its own (a nota's publication date); else the tender's. */
  datum?: string;
}

/** What the build adds to the documents beyond the model: the changes a nota publishes, when built with --compare. */
export interface DocumentOptions {
  notaChanges?: NotaChanges;
  /** Render only the attachment with this `inhoud` (all are still planned and numbered, for cross-references). */
  only?: string;
}

/**
 * Every file of the bundle as the manifest will list it, before anything is
 * printed: number, title, file name, content and date. The build starts the
 * website from this while the PDFs print (src/build/run-build.ts).
 */
export function plannedFiles(model: Model): { nummer: string; titel: string; bestand: string; inhoud: string; datum: string }[] {
  const t = model.tender;
  return t.bijlagen.map((a) => ({ nummer: a.nummer, titel: a.titel, bestand: attachmentFileName(a, t.versie), inhoud: a.inhoud, datum: documentDate(model, a.inhoud) ?? t.datum }));
}

/**
 * Every attachment numbered, nothing rendered yet: the plan the PDFs print and
 * the website shows the leidraad from (src/documents/outline.ts), so both give
 * the same sections, numbers and cross-references.
 */
export function planDocuments(model: Model, options: DocumentOptions = {}): { plans: Plan[]; files: { nummer: string; titel: string; bestand: string }[]; index: XrefIndex; leidraad: LeidraadPlan } {
  const L = lookup(model);
  const t = model.tender;
  // Every attachment is listed (own files too); only the generated ones are planned and printed.
  const files = t.bijlagen.map((a) => ({ nummer: a.nummer, titel: a.titel, bestand: attachmentFileName(a, t.versie) }));
  const generated = t.bijlagen.filter((a): a is GeneratedAttachment => !isFileAttachment(a));
  // A nota's questions cite the leidraad's §§, known once everything is numbered: bodies render after planning.
  let leidraad: LeidraadPlan | undefined;
  const plans: Plan[] = generated.map((attachment) => {
    const { sections, tocDepth, intro, articles, datum } = planAttachment(L, { attachment, files, notaChanges: options.notaChanges, leidraad: () => leidraad! });
    return { attachment, sections: numberSections(sections), tocDepth, intro, articles, datum };
  });
  const index = new XrefIndex(plans);
  leidraad = leidraadIn(L, plans, files, index);
  return { plans, files, index, leidraad };
}

/**
 * The aanbestedingsleidraad as the PDF prints it. Without a leidraad among the
 * attachments: the same sections, numbered as they would be, referring to the
 * attachments there are (the website still shows them).
 */
function leidraadIn(L: Lookup, plans: Plan[], files: { nummer: string; titel: string; bestand: string }[], index: XrefIndex): LeidraadPlan {
  const plan = plans.find((p) => p.attachment.inhoud === "bestek");
  if (plan) return { bijlage: plan.attachment, doc: plan, index };
  const doc: PlannedDocument = { attachment: { nummer: "", titel: "Aanbestedingsleidraad", inhoud: "bestek" }, sections: numberSections(bestekSections(L, files)) };
  return { doc, index: new XrefIndex([doc, ...plans]) };
}

/**
 * Model → the HTML of every attachment in `tender.bijlagen`. All documents are
 * numbered before any body is rendered, so a reference can name the section
 * of another attachment.
 */
export function buildDocuments(model: Model, options: DocumentOptions = {}): DocumentHtml[] {
  const t = model.tender;
  const { plans, files, index } = planDocuments(model, options);
  return plans.filter((plan) => options.only === undefined || plan.attachment.inhoud === options.only).map((plan) => ({
    attachment: plan.attachment,
    fileName: files.find((f) => f.nummer === plan.attachment.nummer)!.bestand,
    title: `${plan.attachment.titel} – ${t.titel}`,
    hasToc: plan.tocDepth > 0,
    datum: plan.datum ?? t.datum,
    plan,
    html: assembleHtml({ tender: t, attachment: plan.attachment, sections: plan.sections, renderer: rendererFor(index, plan), tocDepth: plan.tocDepth, intro: plan.intro, articles: plan.articles, datum: plan.datum }),
  }));
}
