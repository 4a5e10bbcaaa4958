import type { Attachment, Model } from "../model/types.ts";
import { bestekSections } from "./bestek/index.ts";
import { planDocuments } from "./build-documents.ts";
import { lookup } from "./lookup.ts";
import { numberSections } from "./section.ts";
import { XrefIndex, type PlannedDocument } from "./xref.ts";

export interface LeidraadPlan {
  /** The leidraad among the attachments; absent when the tender publishes none. */
  bijlage?: Attachment;
  /** The leidraad's sections, numbered exactly as the PDF prints them, bodies not yet rendered. */
  doc: PlannedDocument;
  /** Where every entity is described in the attachments, as the PDFs resolve cross-references. */
  index: XrefIndex;
}

/**
 * The aanbestedingsleidraad as the PDF prints it (the same section plan,
 * numbers and cross-reference index), without rendering anything. The website
 * shows it from this plan; questions in Mercell must cite its § numbers.
 */
export function leidraadPlan(model: Model): LeidraadPlan {
  const { plans, files, index } = planDocuments(model);
  const plan = plans.find((p) => p.attachment.inhoud === "bestek");
  if (plan) return { bijlage: plan.attachment, doc: plan, index };
  // No leidraad among the attachments: the same sections, numbered as they would be,
  // referring to the attachments there are.
  const doc: PlannedDocument = { attachment: { nummer: "", titel: "Aanbestedingsleidraad", inhoud: "bestek" }, sections: numberSections(bestekSections(lookup(model), files)) };
  return { doc, index: new XrefIndex([doc, ...plans]) };
}
