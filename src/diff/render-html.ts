import { formatDate } from "../format/dates.ts";
import { keepAmountsTogether } from "../format/money.ts";
import { escapeHtml as esc } from "./redline.ts";
import type { ChangeReport, EntityChange, FieldChange } from "./types.ts";
import { changeHeading } from "./wording.ts";


export const reportTitle = (r: ChangeReport) => `Wijzigingenoverzicht versie ${r.from.versie} → ${r.to.versie}`;

/**
 * Both versions carry the same versie and datum while the content differs: the
 * team forgot to raise them. The overview says so rather than read "1.0 → 1.0"
 * above a list of changes without comment.
 */
export function sameVersionWarning(r: ChangeReport): string | undefined {
  if (r.groups.length === 0 || r.from.versie !== r.to.versie || r.from.datum !== r.to.datum) return undefined;
  const sources = r.from.bron && r.to.bron ? ` Vergeleken zijn ${r.from.bron} en ${r.to.bron}.` : "";
  return `beide versies heten versie ${r.to.versie} van ${formatDate(r.to.datum)}, maar de inhoud verschilt. Verhoog versie en datum in aanbesteding.yaml voordat u publiceert.${sources}`;
}

/** The styles of the overview: meaning is in words and text decoration, never in colour alone. */
export const CHANGES_CSS = `
.wijzigingen ins { text-decoration: underline; text-decoration-thickness: 2px; background: #e6f4ea; color: inherit; }
.wijzigingen del { text-decoration: line-through; background: #fde7e9; color: inherit; }
.wijzigingen .belangrijk { display: inline-block; border: 2px solid #8a4b00; color: #5c3200; font-weight: 700; font-size: .8em; padding: 0 .4em; margin-left: .4em; border-radius: 3px; }
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
  text.length <= 40 ? `<${tag} class="nowrap">${esc(text)}</${tag}>` : `<${tag}>${keepAmountsTogether(esc(text))}</${tag}>`;

function field(f: FieldChange): string {
  const flag = f.belangrijk ? ` <span class="belangrijk">Belangrijk</span>` : "";
  let shown: string;
  if (f.toegevoegd || f.verwijderd) {
    const parts = [
      // The sign stays with its item, so a list never reads "−" on its own.
      ...(f.toegevoegd ?? []).map((x) => value("ins", `+ ${x}`)),
      ...(f.verwijderd ?? []).map((x) => value("del", `− ${x}`)),
    ];
    shown = parts.join(", ");
  } else if (f.redline) shown = f.redline;
  else if (f.voor !== undefined && f.na !== undefined) shown = `${value("del", f.voor)}<span class="pijl" aria-label="wordt">→</span>${value("ins", f.na)}`;
  else if (f.na !== undefined) shown = value("ins", f.na);
  else shown = value("del", f.voor ?? "");
  return `<dt>${esc(f.veld)}${flag}</dt><dd>${shown}</dd>`;
}

function entity(c: EntityChange): string {
  const flag = c.belangrijk ? ` <span class="belangrijk">Belangrijk</span>` : "";
  const words = changeHeading(c);
  const heading = c.kind === "hernoemd"
    ? `${esc(words.label)}: id <del>${esc(c.oudId!)}</del><span class="pijl" aria-label="wordt">→</span><ins>${esc(c.id)}</ins> (inhoud ongewijzigd)`
    : esc(words.label);
  const fields = c.fields.length ? `<dl>${c.fields.map(field).join("")}</dl>` : "";
  return `<article><h3><span class="soort">${esc(words.kind)}</span> ${heading}${flag}</h3>${fields}</article>`;
}

/** The overview as an HTML fragment (for the website and for the standalone page). */
export function renderChangesFragment(r: ChangeReport): string {
  const warning = sameVersionWarning(r);
  const summary = `<p>${esc(r.to.titel)} (${esc(r.to.kenmerk)}): ${describe(r)}.</p>${warning ? `<p class="waarschuwing"><strong>Let op:</strong> ${esc(warning)}</p>` : ""}`;
  if (r.groups.length === 0) return `<div class="wijzigingen">${summary}<p><strong>Geen wijzigingen.</strong></p></div>`;
  const legend = `<p>Verwijderde tekst is <del>doorgestreept</del>, toegevoegde tekst <ins>onderstreept</ins>. Wijzigingen die juridisch zwaar wegen (aantallen contractanten, gunningscriteria en wegingen, knock-outeisen, termijnen, tarieven) zijn gemarkeerd met <span class="nowrap"><span class="belangrijk">Belangrijk</span>.</span></p>`;
  const body = r.groups.map((g) => `<section><h2>${esc(g.titel)}</h2>${g.changes.map(entity).join("")}</section>`).join("");
  return `<div class="wijzigingen">${summary}${legend}${body}</div>`;
}

function describe(r: ChangeReport): string {
  const c = r.counts;
  const from = `versie ${esc(r.from.versie)} van ${formatDate(r.from.datum)}`;
  const to = `versie ${esc(r.to.versie)} van ${formatDate(r.to.datum)}`;
  if (r.groups.length === 0) return `${to} is inhoudelijk gelijk aan ${from}`;
  return `${to} vergeleken met ${from}: ${c.gewijzigd} gewijzigd, ${c.toegevoegd} toegevoegd, ${c.verwijderd} verwijderd, ${c.hernoemd} hernoemd; ${c.belangrijk} belangrijk`;
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
