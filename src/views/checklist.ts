import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import type { ChecklistGroup, ChecklistItem } from "../wording/checklist.ts";
import type { ViewContext } from "./context.ts";
import { text } from "./join.ts";
import { table } from "./table.ts";

export interface ChecklistGroupOptions {
  /** The heading level of the group's title; none where the medium heads it itself (a numbered section of the PDF). */
  level?: 2 | 3 | 4;
  /** Where a milestone of the planning is shown, when this medium has such a place. */
  planningHref?: (id: string) => string;
}

/** A stable key of an item on a page: its group's key and its place in it. Checkbox ids and the saved ticks use it. */
export const itemKey = (group: Pick<ChecklistGroup, "key">, index: number) => `${group.key}/${index + 1}`.replace(/[^a-z0-9/-]+/gi, "-");

const labels = (group: ChecklistGroup) => ({
  proof: group.scope === "planning" ? "Toelichting" : "Bewijs en wat u inlevert",
  due: group.scope === "planning" ? "Datum" : "Wanneer",
  where: "Waar",
});

/** The item's title, linked to where this medium says more about it (a page on the web, a § in the PDF). */
function titleOf(item: ChecklistItem, ctx: ViewContext, options: ChecklistGroupOptions): ElementContent[] {
  const ref = item.ref;
  if (!ref) return [text(item.title)];
  if (ref.kind === "eis") return ctx.see ? ctx.see("eis", ref.id, item.title) : [ctx.link("eis", ref.id, item.title)];
  if (ref.kind === "planning") return options.planningHref ? [h("a", { href: options.planningHref(ref.id) }, item.title)] : [text(item.title)];
  return [ctx.link(ref.kind, ref.id, item.title)];
}

/** Authors' Markdown as inline content, or plain text. */
const value = (item: ChecklistItem, t: string, ctx: ViewContext): ElementContent[] => (item.markdown ? ctx.inline(t) : [text(t)]);

function webItem(group: ChecklistGroup, item: ChecklistItem, index: number, ctx: ViewContext, options: ChecklistGroupOptions): Element {
  const key = itemKey(group, index);
  const l = labels(group);
  const rows: ElementContent[] = [];
  const row = (label: string, content: ElementContent[]) => rows.push(h("dt", label), text(" "), h("dd", content), text("\n"));
  if (item.proof) row(l.proof, value(item, item.proof, ctx));
  if (item.where) row(l.where, [text(item.where)]);
  if (item.due) row(l.due, [text(item.due)]);
  // A page that knows the bidder's subtenders hides an item that does not concern them (data-geldt-voor).
  return h("li", { dataItem: key, dataGeldtVoor: item.appliesTo?.join(" ") }, [
    h("input", { type: "checkbox", id: `vink-${key}`, dataVink: key, ariaLabelledby: `wat-${key}` }),
    text(" "),
    h("div", [
      h("strong", { id: `wat-${key}` }, titleOf(item, ctx, options)),
      ...(item.kind ? [h("span.muted", ` (${item.kind})`)] : []),
      ...(rows.length ? [h("dl", rows)] : []),
      ...(item.notes ?? []).map((n) => h("p.muted", value(item, n, ctx))),
    ]),
  ]);
}

function printRow(group: ChecklistGroup, item: ChecklistItem, ctx: ViewContext, options: ChecklistGroupOptions): ElementContent[][] {
  const what: ElementContent[] = [...titleOf(item, ctx, options), ...(item.kind ? [h("span.muted", ` (${item.kind})`)] : [])];
  const proof: ElementContent[] = [
    ...(item.proof ? value(item, item.proof, ctx) : []),
    ...(item.where ? [h("br"), h("span.muted", `${labels(group).where}: ${item.where}`)] : []),
    ...(item.notes ?? []).flatMap((n) => [h("br"), h("span.muted", value(item, n, ctx))]),
  ];
  return [[text("☐")], what, proof, [text(item.due ?? "")]];
}

/**
 * One group of the bidders' checklist: each thing to hand in or meet, with its
 * proof, where it goes and when it is due. The website's /inschrijven/ and the
 * checklist attachment both render this, so they cannot say different things:
 * on the web a list with a real checkbox per item (the page keeps the ticks),
 * on paper a table with a box to tick.
 */
export function checklistGroupView(group: ChecklistGroup, ctx: ViewContext, options: ChecklistGroupOptions = {}): ElementContent[] {
  const out: ElementContent[] = [];
  if (options.level) out.push(h(`h${options.level}`, group.title));
  if (group.intro) out.push(h("p", group.intro));
  if (ctx.medium === "web") {
    out.push(h("ul.checklist", group.items.map((item, i) => webItem(group, item, i, ctx, options))));
  } else {
    const l = labels(group);
    out.push(table(["✓", "Wat", l.proof, l.due], group.items.map((item) => printRow(group, item, ctx, options)), "print", { widths: ["5%", "30%", "37%", "28%"] }));
  }
  return out;
}
