import { formatDate } from "../format/dates.ts";
import { keepAmountsTogether } from "../format/money.ts";
import { escapeHtml as esc, marked, redline } from "./redline.ts";
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
const value = (tag: "del" | "ins", text: string) =>
  text.length <= 40 ? marked(tag, esc(text), "nowrap") : marked(tag, keepAmountsTogether(esc(text)));

/** The badge of a wezenlijk change or field: in words, so it survives printing in black and white and copy-paste. */
const WEZENLIJK = ` <span class="belangrijk">Wezenlijk</span>`;

/** Characters from which a changed value is shown as a redline. */
export const LONG_VALUE = 60;

function field(f: FieldChange): string {
  const flag = f.belangrijk ? WEZENLIJK : "";
  let shown: string;
  if (f.toegevoegd || f.verwijderd) {
    const parts = [
      // The sign stays with its item, so a list never reads "−" on its own.
      ...(f.toegevoegd ?? []).map((x) => value("ins", `+ ${x}`)),
      ...(f.verwijderd ?? []).map((x) => value("del", `− ${x}`)),
    ];
    shown = parts.join(", ");
  } else if (f.redline) shown = f.redline;
  // A long value as the documents word it (an indexatie clause): a word-level redline, not the sentence twice.
  else if (f.voor !== undefined && f.na !== undefined && Math.max(f.voor.length, f.na.length) > LONG_VALUE) shown = redline(f.voor, f.na).html;
  else if (f.voor !== undefined && f.na !== undefined) shown = `${value("del", f.voor)}<span class="pijl" aria-label="wordt">→</span>${value("ins", f.na)}`;
  else if (f.na !== undefined) shown = value("ins", f.na);
  else shown = value("del", f.voor ?? "");
  return `<dt>${esc(f.veld)}${flag}</dt><dd>${shown}</dd>`;
}

function entity(c: EntityChange): string {
  const flag = c.belangrijk ? WEZENLIJK : ` <span class="redactioneel">Redactioneel</span>`;
  const words = changeHeading(c);
  const heading = c.kind === "hernoemd"
    ? `${esc(words.label)}: id ${marked("del", esc(c.oudId!))}<span class="pijl" aria-label="wordt">→</span>${marked("ins", esc(c.id))} (inhoud ongewijzigd)`
    : esc(words.label);
  const fields = c.fields.length ? `<dl>${c.fields.map(field).join("")}</dl>` : "";
  const id = c.nummer ? ` id="${c.nummer.toLowerCase()}"` : "";
  const nummer = c.nummer ? `<span class="nummer">${esc(c.nummer)}</span> ` : "";
  return `<article${id}><h3>${nummer}<span class="soort">${esc(words.kind)}</span> ${heading}${flag}</h3>${fields}${places(c.waar)}${advice(c)}</article>`;
}

/**
 * What a wezenlijke change asks of the team before it is published: the
 * inschrijvers need time to take it in, and every document it lands in is
 * published again with the Nota that announces it.
 */
function advice(c: EntityChange): string {
  if (!c.belangrijk) return "";
  const bijlagen = [...new Set((c.waar ?? []).map((p) => p.bijlage))];
  const republish = bijlagen.length ? ` Publiceer ${bijlagen.length === 1 ? "bijlage" : "bijlagen"} ${bijlagen.join(", ")} opnieuw, met een Nota van Inlichtingen die naar ${c.nummer ?? "deze wijziging"} verwijst.` : " Maak de wijziging bekend in een Nota van Inlichtingen.";
  return `<p class="advies"><strong>Wezenlijk:</strong> overweeg de termijn voor inschrijving te verlengen, zodat inschrijvers de wijziging kunnen verwerken.${esc(republish)}</p>`;
}

/** "pagina 7", "pagina 8 (was pagina 7)", "was pagina 7" (a § that was removed); empty before the pages are known. */
export function pageText(p: Place): string {
  if (p.pagina === undefined) return p.oudePagina === undefined ? "" : `was pagina ${p.oudePagina}`;
  return p.oudePagina === undefined || p.oudePagina === p.pagina ? `pagina ${p.pagina}` : `pagina ${p.pagina} (was pagina ${p.oudePagina})`;
}

/** "bijlage 7 Raamovereenkomst …, artikel 6 Looptijd, verlenging en opzegging, pagina 7": a place as a lawyer cites it. */
export const placeText = (p: Place) => `bijlage ${p.bijlage} ${p.document}, ${p.plaats} ${p.kop}${pageText(p) ? `, ${pageText(p)}` : ""}`;

/** Where a change lands in the documents, one line per § or artikel; said plainly when it lands nowhere. */
function places(waar: Place[] | undefined): string {
  if (!waar) return "";
  if (waar.length === 0) return `<p class="waar"><strong>Waar:</strong> in geen enkele gedrukte tekst (alleen in de gegevens, de website of de aankondiging).</p>`;
  return `<div class="waar"><strong>Waar in de documenten:</strong><ul>${waar.map((p) => `<li>${esc(placeText(p))}</li>`).join("")}</ul></div>`;
}

const STATUS_TEXT: Record<DocumentChange["status"], string> = {
  gewijzigd: "tekst gewijzigd",
  "alleen versie of datum": "alleen versie en datum gewijzigd",
  ongewijzigd: "ongewijzigd",
  nieuw: "nieuw",
  vervallen: "vervallen",
};

/** Which documents must be published again, and why: their text changed, or only their version stamp. */
function documents(r: ChangeReport): string {
  if (!r.documenten?.length) return "";
  const rows = r.documenten.map((d) => {
    const where = d.secties.length ? `: ${d.secties.map((s) => (s.soort === "hernummerd" ? `${s.oudePlaats} → ${s.plaats}` : s.plaats)).join(", ")}` : "";
    const moved = d.oudeBijlage ? ` (was bijlage ${esc(d.oudeBijlage)})` : "";
    return `<tr><td>${esc(d.bijlage)}${moved}</td><td>${esc(d.document)}</td><td>${esc(STATUS_TEXT[d.status] + where)}</td></tr>`;
  });
  const text = r.documenten.filter((d) => d.status === "gewijzigd" || d.status === "nieuw").map((d) => d.bijlage);
  const stamp = r.documenten.filter((d) => d.status === "alleen versie of datum").map((d) => d.bijlage);
  const advice = [
    text.length ? `Opnieuw publiceren met gewijzigde tekst: ${text.length === 1 ? "bijlage" : "bijlagen"} ${text.join(", ")}.` : "Geen document heeft een gewijzigde tekst.",
    stamp.length ? ` Alleen versie en datum gewijzigd: ${stamp.length === 1 ? "bijlage" : "bijlagen"} ${stamp.join(", ")}.` : "",
  ].join("");
  return `<section><h2>Documenten</h2><p>${esc(advice)}</p><table><thead><tr><th scope="col">Bijlage</th><th scope="col">Document</th><th scope="col">Wat veranderde</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

/** Changed sections that no change in the data explains: text the build derived, shown so nothing changes unseen. */
function derived(r: ChangeReport): string {
  if (!r.afgeleid?.length) return "";
  const item = (s: SectionChange) => {
    const what = s.soort === "hernummerd" ? `hernummerd: ${esc(s.oudePlaats ?? "")} → ${esc(s.plaats)}` : s.soort === "gewijzigd" ? (s.redline ?? "") : s.soort === "toegevoegd" ? "nieuwe paragraaf" : "vervallen paragraaf";
    const likely = s.vermoedelijkDoor?.length ? `<p>Vermoedelijk afgeleid van de gewijzigde datum in ${s.vermoedelijkDoor.map((n) => `<a href="#${n.toLowerCase()}">${esc(n)}</a>`).join(" of ")}.</p>` : "";
    return `<article><h3>${esc(placeText(s))}</h3><p>${what}</p>${likely}</article>`;
  };
  return `<section><h2>Afgeleide wijzigingen in de documenten</h2><p>Deze tekst veranderde zonder dat een gegeven hierboven dat verklaart: de build leidt hem af (een termijn uit een datum, een nummering). Controleer of hij klopt.</p>${r.afgeleid.map(item).join("")}</section>`;
}

/** The overview as an HTML fragment (for the website and for the standalone page). */
export function renderChangesFragment(r: ChangeReport): string {
  const warning = sameVersionWarning(r);
  const summary = `<p>${esc(r.to.titel)} (${esc(r.to.kenmerk)}): ${describe(r)}.</p>${warning ? `<p class="waarschuwing"><strong>Let op:</strong> ${esc(warning)}</p>` : ""}`;
  if (!hasChanges(r)) return `<div class="wijzigingen">${summary}<p><strong>Geen wijzigingen.</strong></p></div>`;
  const legend = `<p>Verwijderde tekst is ${marked("del", "doorgestreept")}, toegevoegde tekst ${marked("ins", "onderstreept")}. Elke wijziging is <span class="nowrap"><span class="belangrijk">Wezenlijk</span></span>: een verplichting, aantal, weging, criterium, termijn, bedrag, perceel of voorwaarde van de overeenkomst verandert; of <span class="nowrap"><span class="redactioneel">Redactioneel</span></span>: andere woorden, dezelfde verplichtingen.</p>`;
  const body = r.groups.map((g) => `<section><h2>${esc(g.titel)}</h2>${g.changes.map(entity).join("")}</section>`).join("");
  return `<div class="wijzigingen">${summary}${legend}${body}${derived(r)}${documents(r)}</div>`;
}

function describe(r: ChangeReport): string {
  const c = r.counts;
  const from = `versie ${esc(r.from.versie)} van ${formatDate(r.from.datum)}`;
  const to = `versie ${esc(r.to.versie)} van ${formatDate(r.to.datum)}`;
  if (!hasChanges(r)) return `${to} is inhoudelijk gelijk aan ${from}`;
  if (r.groups.length === 0) return `${to} vergeleken met ${from}: geen wijziging in de gegevens, wel in de tekst van de documenten`;
  return `${to} vergeleken met ${from}: ${c.gewijzigd} gewijzigd, ${c.toegevoegd} toegevoegd, ${c.verwijderd} verwijderd, ${c.hernoemd} hernoemd; ${c.belangrijk} wezenlijk`;
}

/** A complete, accessible page that reads on its own. */
export function renderChangesHtml(r: ChangeReport): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle(r))} · ${esc(r.to.titel)}</title>
<style>
body { font-family: "DejaVu Sans", system-ui, sans-serif; line-height: 1.5; color: #1b1f24; max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #1b1f24; padding-bottom: .2rem; margin-top: 2rem; }
${CHANGES_CSS}
</style></head>
<body><main>
<p>${esc(r.to.kenmerk)} · ${esc(r.to.titel)}</p>
<h1>${esc(reportTitle(r))}</h1>
${renderChangesFragment(r)}
</main></body></html>
`;
}
