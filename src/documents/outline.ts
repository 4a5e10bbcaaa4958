import type { Model } from "../model/types.ts";
import { inhoudOf } from "../content/attachment-kinds.ts";
import { bestekSections } from "./bestek/index.ts";
import { planDocuments } from "./build-documents.ts";
import { lookup } from "../model/lookup.ts";
import { numberSections, type NumberedSection } from "./section.ts";
import { attachmentFileName } from "./file-name.ts";
import type { LeidraadPlan } from "./xref.ts";

export type { LeidraadPlan } from "./xref.ts";

/**
 * The aanbestedingsleidraad as the PDF prints it (the same section plan,
 * numbers and cross-reference index), without rendering anything. The website
 * shows it from this plan; questions in Mercell must cite its § numbers.
 */
export function leidraadPlan(model: Model, planned = planDocuments(model)): LeidraadPlan {
  return planned.leidraad;
}

const plans = new WeakMap<Model, LeidraadPlan>();

/** The leidraad's plan, made once per model: the website asks for it on many pages. */
export function leidraadOf(model: Model): LeidraadPlan {
  let plan = plans.get(model);
  if (!plan) {
    plan = leidraadPlan(model);
    plans.set(model, plan);
  }
  return plan;
}

/**
 * The leidraad's numbered sections alone, exactly as `leidraadPlan` numbers
 * them, without planning the rest of the bundle (which at N = 1,000 products
 * is most of the work): for checks that only need the § numbers.
 */
export function leidraadOutline(model: Model): NumberedSection[] {
  const t = model.tender;
  const own = t.bijlagen.find((a) => a.inhoud === "bestek");
  // As planDocuments: the leidraad lists the other documents, never itself.
  const files = t.bijlagen.filter((a) => a !== own).map((a) => ({ nummer: a.nummer, titel: a.titel, bestand: attachmentFileName(a, t.versie) }));
  return numberSections(bestekSections(lookup(model), files));
}

/**
 * The agreement of one subtender as its PDF prints it: the planned attachment
 * (`overeenkomst:<id>`) with its numbered articles, and the cross-reference
 * index of the bundle. Undefined when the bundle has no such attachment: the
 * site shows the agreements that are published, no other.
 */
export function agreementPlan(model: Model, subtenderId: string, planned = planDocuments(model)): LeidraadPlan | undefined {
  const plan = planned.plans.find((p) => p.attachment.inhoud === inhoudOf({ soort: "overeenkomst", subtender: subtenderId }));
  return plan && { bijlage: plan.attachment, doc: plan, index: planned.index };
}
