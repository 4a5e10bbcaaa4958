import { isFileAttachment, type Attachment, type GeneratedAttachment, type Model } from "../model/types.ts";
import { agreementSections } from "./agreement/index.ts";
import { assembleHtml } from "./assemble.ts";
import { bestekSections } from "./bestek/index.ts";
import { eisenSections } from "./eisen.ts";
import { notaNumberOf, notaSections, type NotaChanges } from "./nota.ts";
import { checklistIntro, checklistSections } from "./checklist.ts";
import { attachmentFileName } from "./file-name.ts";
import { lookup, type Lookup } from "./lookup.ts";
import { productenboekIntro, productenboekSections } from "./productenboek.ts";
import { rendererFor } from "./render-context.ts";
import { numberSections, type Section } from "./section.ts";
import { subtenderSections } from "./subtender.ts";
import { XrefIndex, type PlannedDocument } from "./xref.ts";

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
  intro?: string;
  /** Top-level sections are articles: printed "Artikel 1", "Artikel 2", … (an agreement). */
  articles?: boolean;
  /** The date on the cover when the document has its own (a nota's publication date); else the tender's. */
  datum?: string;
}

/** What the build adds to the documents beyond the model: the changes a nota publishes, when built with --compare. */
export interface DocumentOptions {
  notaChanges?: NotaChanges;
}

function sectionsFor(L: Lookup, a: GeneratedAttachment, files: { nummer: string; titel: string; bestand: string }[], options: DocumentOptions): { sections: Section[]; tocDepth: number; intro?: string; articles?: boolean; datum?: string } {
  // The leidraad lists the other documents; it does not name itself among its own bijlagen.
  if (a.inhoud === "bestek") return { sections: bestekSections(L, files.filter((f) => f.nummer !== a.nummer)), tocDepth: 2 };
  if (a.inhoud === "productenboek") return { sections: productenboekSections(L), tocDepth: 2, intro: productenboekIntro(L) };
  if (a.inhoud === "eisen") return { sections: eisenSections(L), tocDepth: 2 };
  if (a.inhoud === "checklist") return { sections: checklistSections(L), tocDepth: 2, intro: checklistIntro(L) };
  // An agreement lists its articles, not the conditions inside them.
  if (a.inhoud.startsWith("overeenkomst:")) return { sections: agreementSections(L, a.inhoud.slice("overeenkomst:".length)), tocDepth: 1, articles: true };
  const nota = notaNumberOf(a.inhoud);
  if (nota !== undefined) return { sections: notaSections(L, nota, options.notaChanges), tocDepth: 1, datum: ownDate(L.model, a) };
  // Subtender attachments are a few pages; a TOC would be longer than it helps.
  return { sections: subtenderSections(L, a.inhoud.slice("subtender:".length)), tocDepth: 0 };
}

/** A document's own date: a Nota's publication date; undefined for the rest, which carry the version's date. */
function ownDate(model: Model, a: Attachment): string | undefined {
  const nota = notaNumberOf(a.inhoud);
  return nota === undefined ? undefined : model.notas.find((n) => n.nummer === nota)?.datum;
}

/**
 * Every file of the bundle as the manifest will list it, before anything is
 * printed: number, title, file name, content and date. The build starts the
 * website from this while the PDFs print (src/build/run-build.ts).
 */
export function plannedFiles(model: Model): { nummer: string; titel: string; bestand: string; inhoud: string; datum: string }[] {
  const t = model.tender;
  return t.bijlagen.map((a) => ({ nummer: a.nummer, titel: a.titel, bestand: attachmentFileName(a, t.versie), inhoud: a.inhoud, datum: ownDate(model, a) ?? t.datum }));
}

/**
 * Every attachment numbered, nothing rendered yet: the plan the PDFs print and
 * the website shows the leidraad from (src/documents/outline.ts), so both give
 * the same sections, numbers and cross-references.
 */
export function planDocuments(model: Model, options: DocumentOptions = {}): { plans: Plan[]; files: { nummer: string; titel: string; bestand: string }[]; index: XrefIndex } {
  const L = lookup(model);
  const t = model.tender;
  // Every attachment is listed (own files too); only the generated ones are planned and printed.
  const files = t.bijlagen.map((a) => ({ nummer: a.nummer, titel: a.titel, bestand: attachmentFileName(a, t.versie) }));
  const generated = t.bijlagen.filter((a): a is GeneratedAttachment => !isFileAttachment(a));
  const plans: Plan[] = generated.map((attachment) => {
    const { sections, tocDepth, intro, articles, datum } = sectionsFor(L, attachment, files, options);
    return { attachment, sections: numberSections(sections), tocDepth, intro, articles, datum };
  });
  return { plans, files, index: new XrefIndex(plans) };
}

/**
 * Model → the HTML of every attachment in `tender.bijlagen`. All documents are
 * numbered before any body is rendered, so a reference can name the section
 * of another attachment.
 */
export function buildDocuments(model: Model, options: DocumentOptions = {}): DocumentHtml[] {
  const t = model.tender;
  const { plans, files, index } = planDocuments(model, options);
  return plans.map((plan) => ({
    attachment: plan.attachment,
    fileName: files.find((f) => f.nummer === plan.attachment.nummer)!.bestand,
    title: `${plan.attachment.titel} – ${t.titel}`,
    hasToc: plan.tocDepth > 0,
    datum: plan.datum ?? t.datum,
    plan,
    html: assembleHtml({ tender: t, attachment: plan.attachment, sections: plan.sections, renderer: rendererFor(index, plan), tocDepth: plan.tocDepth, intro: plan.intro, articles: plan.articles, datum: plan.datum }),
  }));
}
