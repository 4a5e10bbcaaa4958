import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { formatDate } from "../format/dates.ts";
import { amountsTogether, joined, text } from "../views/join.ts";
import { marked, redline } from "./redline.ts";
import { hasChanges } from "./landing.ts";
import type { ChangeReport, DocumentChange, EntityChange, FieldChange, Place, SectionChange } from "./types.ts";
import { changeHeading } from "./wording.ts";


export const reportTitle = (r: ChangeReport) => `Wijzigingenoverzicht versie ${r.from.versie} → ${r.to.versie}`;

/**
 * Both versions carry the same versie and datum while the content differs: the
 * team forgot to raise them. The overview says so rather than read "1.0 → 1.0"
 * above a list of changes without comment.
 */
export function sameVersionWarning(r: ChangeReport): string | undefined {
  if (!hasChanges(r) || r.from.versie !== r.to.versie || r.from.datum !== r.to.datum) return undefined;
  const sources = r.from.bron && r.to.bron ? ` Vergeleken zijn ${r.from.bron} en ${r.to.bron}.` : "";
  return `beide versies heten versie ${r.to.versie} van ${formatDate(r.to.datum)}, maar de inhoud verschilt. Verhoog versie en datum in aanbesteding.yaml voordat u publiceert.${sources}`;
}

/** The styles of the overview: meaning is in words and text decoration, never in colour alone. */
export const CHANGES_CSS = `
.wijzigingen ins { text-decoration: underline; text-decoration-thickness: 2px; background: #e6f4ea; color: inherit; }
.wijzigingen del { text-decoration: line-through; background: #fde7e9; color: inherit; }
.wijzigingen .belangrijk { display: inline-block; border: 2px solid #8a4b00; color: #5c3200; font-weight: 700; font-size: .8em; padding: 0 .4em; margin-left: .4em; border-radius: 3px; }
.wijzigingen .redactioneel { display: inline-block; border: 1px solid #57606a; color: #3d444d; font-size: .8em; padding: 0 .4em; margin-left: .4em; border-radius: 3px; }
.wijzigingen .advies { margin: .4rem 0 0; }
.wijzigingen .merk { color: #57606a; font-size: .85em; text-decoration: none; }
.wijzigingen .soort { font-weight: 700; }
.wijzigingen .nowrap { white-space: nowrap; }
.wijzigingen article { border-top: 1px solid #c9d1d9; padding: .5rem 0 .75rem; break-inside: avoid; }
.wijzigingen dl { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: .3rem 1rem; margin: .4rem 0 0; }
.wijzigingen dt { font-weight: 700; }
.wijzigingen dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.wijzigingen .pijl { padding: 0 .3em; }
.wijzigingen h3 { font-size: 1.05rem; margin: .25rem 0; }
.wijzigingen h2, .wijzigingen h3 { break-after: avoid; }
.wijzigingen .weggelaten { color: #57606a; }
.wijzigingen .waarschuwing { border-left: 4px solid #8a4b00; padding: .3rem .6rem; background: #fff4e5; }
.wijzigingen dd p { margin: 0 0 .4rem; }
.wijzigingen .nummer { font-variant-numeric: tabular-nums; margin-right: .4em; }
.wijzigingen .waar { margin: .4rem 0 0; }
.wijzigingen .waar ul { margin: .2rem 0 0; padding-left: 1.2rem; }
.wijzigingen table { border-collapse: collapse; width: 100%; margin: .5rem 0; table-layout: fixed; }
.wijzigingen th, .wijzigingen td { border: 1px solid #c9d1d9; padding: .25rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.wijzigingen th:first-child, .wijzigingen td:first-child { width: 5.5rem; }
@media (max-width: 30rem) {
  /* On a phone each value stands under its label, and a long unbroken value (a URL, code) wraps rather than push the page sideways. */
  .wijzigingen dl { grid-template-columns: minmax(0, 1fr); }
  .wijzigingen .nowrap { white-space: normal; }
}
`;

/**
 * A before or after value. A short one (`€ 142,00 per etmaal`) stays on one
 * line as a whole, its text in one piece; in a longer one only the amounts do.
 */
const value = (tag: "del" | "ins", shown: string) => (shown.length <= 40 ? marked(tag, [text(shown)], "nowrap") : marked(tag, amountsTogether(shown)));

/** The badge of a wezenlijk change or field: in words, so it survives printing in black and white and copy-paste. */
const wezenlijk = (): ElementContent[] => [text(" "), h("span.belangrijk", "Wezenlijk")];

/** "→", read out as "wordt". */
const arrow = () => h("span.pijl", { ariaLabel: "wordt" }, "→");

/**
 * A redline as the report carries it (wijzigingen.json: HTML that
 * hast-util-to-html wrote in redline.ts), back into the tree, so the page is
 * serialized once.
 */
const redlineTree = (html: string): ElementContent[] => fromHtml(html, { fragment: true }).children as ElementContent[];

/** Characters from which a changed value is shown as a redline. */
export const LONG_VALUE = 60;

function field(f: FieldChange): ElementContent[] {
  let shown: ElementContent[];
  if (f.toegevoegd || f.verwijderd) {
    shown = joined(
      [
        // The sign stays with its item, so a list never reads "−" on its own.
        ...(f.toegevoegd ?? []).map((x) => value("ins", `+ ${x}`)),
        ...(f.verwijderd ?? []).map((x) => value("del", `− ${x}`)),
      ],
      ", ",
    );
  } else if (f.redline) shown = redlineTree(f.redline);
  // A long value as the documents word it (an indexatie clause): a word-level redline, not the sentence twice.
  else if (f.voor !== undefined && f.na !== undefined && Math.max(f.voor.length, f.na.length) > LONG_VALUE) shown = redline(f.voor, f.na).tree;
  else if (f.voor !== undefined && f.na !== undefined) shown = [value("del", f.voor), arrow(), value("ins", f.na)];
  else if (f.na !== undefined) shown = [value("ins", f.na)];
  else shown = [value("del", f.voor ?? "")];
  return [h("dt", [text(f.veld), ...(f.belangrijk ? wezenlijk() : [])]), h("dd", shown)];
}

function entity(c: EntityChange): Element {
  const flag = c.belangrijk ? wezenlijk() : [text(" "), h("span.redactioneel", "Redactioneel")];
  const words = changeHeading(c);
  const heading =
    c.kind === "hernoemd"
      ? [text(`${words.label}: id `), marked("del", [text(c.oudId!)]), arrow(), marked("ins", [text(c.id)]), text(" (inhoud ongewijzigd)")]
      : [text(words.label)];
  return h("article", c.nummer ? { id: c.nummer.toLowerCase() } : {}, [
    h("h3", [...(c.nummer ? [h("span.nummer", c.nummer), text(" ")] : []), h("span.soort", words.kind), text(" "), ...heading, ...flag]),
    ...(c.fields.length ? [h("dl", c.fields.flatMap(field))] : []),
    ...places(c.waar),
    ...advice(c),
  ]);
}

/**
 * What a wezenlijke change asks of the team before it is published: the
 * inschrijvers need time to take it in, and every document it lands in is
 * published again with the Nota that announces it.
 */
function advice(c: EntityChange): ElementContent[] {
  if (!c.belangrijk) return [];
  const bijlagen = [...new Set((c.waar ?? []).map((p) => p.bijlage))];
  const republish = bijlagen.length ? ` Publiceer ${bijlagen.length === 1 ? "bijlage" : "bijlagen"} ${bijlagen.join(", ")} opnieuw, met een Nota van Inlichtingen die naar ${c.nummer ?? "deze wijziging"} verwijst.` : " Maak de wijziging bekend in een Nota van Inlichtingen.";
  return [h("p.advies", [h("strong", "Wezenlijk:"), text(` overweeg de termijn voor inschrijving te verlengen, zodat inschrijvers de wijziging kunnen verwerken.${republish}`)])];
}

/** "pagina 7", "pagina 8 (was pagina 7)", "was pagina 7" (a § that was removed); empty before the pages are known. */
export function pageText(p: Place): string {
  if (p.pagina === undefined) return p.oudePagina === undefined ? "" : `was pagina ${p.oudePagina}`;
  return p.oudePagina === undefined || p.oudePagina === p.pagina ? `pagina ${p.pagina}` : `pagina ${p.pagina} (was pagina ${p.oudePagina})`;
}

/** "bijlage 7 Raamovereenkomst …, artikel 6 Looptijd, verlenging en opzegging, pagina 7": a place as a lawyer cites it. */
export const placeText = (p: Place) => `bijlage ${p.bijlage} ${p.document}, ${p.plaats} ${p.kop}${pageText(p) ? `, ${pageText(p)}` : ""}`;

/** Where a change lands in the documents, one line per § or artikel; said plainly when it lands nowhere. */
function places(waar: Place[] | undefined): ElementContent[] {
  if (!waar) return [];
  if (waar.length === 0) return [h("p.waar", [h("strong", "Waar:"), text(" in geen enkele gedrukte tekst (alleen in de gegevens, de website of de aankondiging).")])];
  return [h("div.waar", [h("strong", "Waar in de documenten:"), h("ul", waar.map((p) => h("li", placeText(p))))])];
}

const STATUS_TEXT: Record<DocumentChange["status"], string> = {
  gewijzigd: "tekst gewijzigd",
  "alleen versie of datum": "alleen versie en datum gewijzigd",
  ongewijzigd: "ongewijzigd",
  nieuw: "nieuw",
  vervallen: "vervallen",
};

/** Which documents must be published again, and why: their text changed, or only their version stamp. */
function documents(r: ChangeReport): ElementContent[] {
  if (!r.documenten?.length) return [];
  const rows = r.documenten.map((d) => {
    const where = d.secties.length ? `: ${d.secties.map((s) => (s.soort === "hernummerd" ? `${s.oudePlaats} → ${s.plaats}` : s.plaats)).join(", ")}` : "";
    const moved = d.oudeBijlage ? ` (was bijlage ${d.oudeBijlage})` : "";
    return h("tr", [h("td", `${d.bijlage}${moved}`), h("td", d.document), h("td", STATUS_TEXT[d.status] + where)]);
  });
  const retext = r.documenten.filter((d) => d.status === "gewijzigd" || d.status === "nieuw").map((d) => d.bijlage);
  const stamp = r.documenten.filter((d) => d.status === "alleen versie of datum").map((d) => d.bijlage);
  const advice = [
    retext.length ? `Opnieuw publiceren met gewijzigde tekst: ${retext.length === 1 ? "bijlage" : "bijlagen"} ${retext.join(", ")}.` : "Geen document heeft een gewijzigde tekst.",
    stamp.length ? ` Alleen versie en datum gewijzigd: ${stamp.length === 1 ? "bijlage" : "bijlagen"} ${stamp.join(", ")}.` : "",
  ].join("");
  const head = (label: string) => h("th", { scope: "col" }, label);
  return [
    h("section", [
      h("h2", "Documenten"),
      h("p", advice),
      h("table", [h("thead", [h("tr", [head("Bijlage"), head("Document"), head("Wat veranderde")])]), h("tbody", rows)]),
    ]),
  ];
}

/** Changed sections that no change in the data explains: text the build derived, shown so nothing changes unseen. */
function derived(r: ChangeReport): ElementContent[] {
  if (!r.afgeleid?.length) return [];
  const item = (s: SectionChange) => {
    const what: ElementContent[] =
      s.soort === "hernummerd" ? [text(`hernummerd: ${s.oudePlaats ?? ""} → ${s.plaats}`)]
      : s.soort === "gewijzigd" ? redlineTree(s.redline ?? "")
      : [text(s.soort === "toegevoegd" ? "nieuwe paragraaf" : "vervallen paragraaf")];
    const likely = s.vermoedelijkDoor?.length
      ? [h("p", [text("Vermoedelijk afgeleid van de gewijzigde datum in "), ...joined(s.vermoedelijkDoor.map((n) => h("a", { href: `#${n.toLowerCase()}` }, n)), " of "), text(".")])]
      : [];
    return h("article", [h("h3", placeText(s)), h("p", what), ...likely]);
  };
  return [
    h("section", [
      h("h2", "Afgeleide wijzigingen in de documenten"),
      h("p", "Deze tekst veranderde zonder dat een gegeven hierboven dat verklaart: de build leidt hem af (een termijn uit een datum, een nummering). Controleer of hij klopt."),
      ...r.afgeleid.map(item),
    ]),
  ];
}

/** The overview as a tree: `<div class="wijzigingen">`, for the website and for the standalone page. */
function changesFragment(r: ChangeReport): Element {
  const warning = sameVersionWarning(r);
  const summary = [
    h("p", `${r.to.titel} (${r.to.kenmerk}): ${describe(r)}.`),
    ...(warning ? [h("p.waarschuwing", [h("strong", "Let op:"), text(` ${warning}`)])] : []),
  ];
  if (!hasChanges(r)) return h("div.wijzigingen", [...summary, h("p", [h("strong", "Geen wijzigingen.")])]);
  const legend = h("p", [
    text("Verwijderde tekst is "),
    marked("del", [text("doorgestreept")]),
    text(", toegevoegde tekst "),
    marked("ins", [text("onderstreept")]),
    text(". Elke wijziging is "),
    h("span.nowrap", [h("span.belangrijk", "Wezenlijk")]),
    text(": een verplichting, aantal, weging, criterium, termijn, bedrag, perceel of voorwaarde van de overeenkomst verandert; of "),
    h("span.nowrap", [h("span.redactioneel", "Redactioneel")]),
    text(": andere woorden, dezelfde verplichtingen."),
  ]);
  const body = r.groups.map((g) => h("section", [h("h2", g.titel), ...g.changes.map(entity)]));
  return h("div.wijzigingen", [...summary, legend, ...body, ...derived(r), ...documents(r)]);
}

/** The overview as an HTML fragment (the website's changes page): serialized once, by hast-util-to-html. */
export const renderChangesFragment = (r: ChangeReport): string => toHtml(changesFragment(r));

function describe(r: ChangeReport): string {
  const c = r.counts;
  const from = `versie ${r.from.versie} van ${formatDate(r.from.datum)}`;
  const to = `versie ${r.to.versie} van ${formatDate(r.to.datum)}`;
  if (!hasChanges(r)) return `${to} is inhoudelijk gelijk aan ${from}`;
  if (r.groups.length === 0) return `${to} vergeleken met ${from}: geen wijziging in de gegevens, wel in de tekst van de documenten`;
  return `${to} vergeleken met ${from}: ${c.gewijzigd} gewijzigd, ${c.toegevoegd} toegevoegd, ${c.verwijderd} verwijderd, ${c.hernoemd} hernoemd; ${c.belangrijk} wezenlijk`;
}

/** The standalone page's own styles, before those of the overview. */
const PAGE_CSS = `
body { font-family: "DejaVu Sans", system-ui, sans-serif; line-height: 1.5; color: #1b1f24; max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #1b1f24; padding-bottom: .2rem; margin-top: 2rem; }
`;

/** A complete, accessible page that reads on its own (wijzigingen.html, and the PDF printed from it), serialized once. */
export function renderChangesHtml(r: ChangeReport): string {
  const nl = text("\n");
  const page: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      nl,
      h("html", { lang: "nl" }, [
        nl,
        h("head", [
          h("meta", { charSet: "utf-8" }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          nl,
          h("title", `${reportTitle(r)} · ${r.to.titel}`),
          nl,
          h("style", `${PAGE_CSS}${CHANGES_CSS}\n`),
        ]),
        nl,
        h("body", [h("main", [nl, h("p", `${r.to.kenmerk} · ${r.to.titel}`), nl, h("h1", reportTitle(r)), nl, changesFragment(r), nl])]),
      ]),
      nl,
    ],
  };
  return toHtml(page);
}
