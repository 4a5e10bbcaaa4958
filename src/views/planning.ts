import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import { formatDateTime } from "../format/dates.ts";
import { phaseLabel } from "../wording/phases.ts";
import type { Subtender, Tender } from "../model/types.ts";
import type { ViewContext } from "./context.ts";
import { text } from "./join.ts";
import { table } from "./table.ts";

/** A milestone of the tender's planning, or of one subtender's (which may name its phase). */
export type Milestone = Tender["planning"][number] | NonNullable<Subtender["planning"]>[number];

/** "Eerste dialoogronde (dialoogfase)": the milestone with the phase it belongs to, when it names one. */
function name(m: Milestone): ElementContent[] {
  const fase = "fase" in m && m.fase ? phaseLabel(m.fase) : undefined;
  return [text(m.mijlpaal), ...(fase ? [h("span.muted", ` (${fase})`)] : [])];
}

/**
 * A planning: every milestone with its date and time (never wrapped) and its
 * toelichting (Markdown, rendered, its links resolved). As a `table` (the
 * leidraad, on paper and on /bestek/ alike, so both read the same), the
 * Toelichting column only when a milestone has one; as a `timeline` (the
 * /planning/ page) a list whose items carry the milestone's id, so a link can
 * point at a date.
 */
export function planningView(milestones: Milestone[], ctx: ViewContext, layout: "table" | "timeline", idPrefix = ""): Element {
  if (layout === "timeline") {
    return h(
      "ol.timeline",
      milestones.map((m) =>
        h("li", { id: `${idPrefix}${m.id}` }, [h("time", { dateTime: m.datum }, formatDateTime(m.datum)), text(" "), ...name(m), ...(m.toelichting ? [h("div.muted", ctx.md(m.toelichting))] : [])]),
      ),
    );
  }
  const notes = milestones.some((m) => m.toelichting);
  const rows = milestones.map((m) => [name(m), h("span.nowrap", formatDateTime(m.datum)), ...(notes ? [ctx.inline(m.toelichting ?? "")] : [])]);
  return notes
    ? table(["Mijlpaal", "Datum", "Toelichting"], rows, ctx.medium, { widths: ["36%", "31%", "33%"] })
    : table(["Mijlpaal", "Datum"], rows, ctx.medium, { widths: ["55%", "45%"] });
}
