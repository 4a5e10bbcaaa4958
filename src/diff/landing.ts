import { placeKey } from "../documents/section.ts";
import { changedWords } from "./redline.ts";
import type { ChangeReport, DocumentChange, EntityChange, Place, SectionChange } from "./types.ts";

/** The cross-reference target (`perceel:x`) a change is about, when its kind has one. */
export const keyOf = (c: EntityChange): string | undefined => (KEY_KIND[c.soort] ? `${KEY_KIND[c.soort]}:${c.id}` : undefined);

/** The kind of cross-reference key (`perceel:x`) a change's `soort` describes; others are found by their values. */
const KEY_KIND: Record<string, string> = { product: "product", perceel: "perceel", eis: "eis", segment: "segment", subtender: "subtender", begrip: "begrip", hoofdstuk: "hoofdstuk" };

type Words = { removed: Set<string>; added: Set<string> };

/**
 * The words a change dropped from the documents and brought into them, per
 * changed value; `whole` when all of them must be found (the name of an
 * entity that came or went, not just one of its common words).
 */
function valueChanges(c: EntityChange): (Words & { whole?: boolean })[] {
  const out: (Words & { whole?: boolean })[] = [];
  for (const f of c.fields) {
    if (f.toegevoegd || f.verwijderd) out.push(changedWords((f.verwijderd ?? []).join(" ; "), (f.toegevoegd ?? []).join(" ; ")));
    else if (f.voor !== undefined || f.na !== undefined) out.push(changedWords(f.voor ?? "", f.na ?? ""));
  }
  // An entity that came or went: its name came into the documents or left them.
  if (c.kind === "toegevoegd") out.push({ ...changedWords("", c.label), whole: true });
  if (c.kind === "verwijderd") out.push({ ...changedWords(c.label, ""), whole: true });
  return out.filter((v) => v.removed.size + v.added.size > 0);
}

const meets = (want: Set<string>, got: Set<string>) => want.size === 0 || [...want].some((w) => got.has(w));
const all = (want: Set<string>, got: Set<string>) => [...want].every((w) => got.has(w));

/** A code such as a lot number (B2) or a product code (46A01): letters and digits, found nowhere by chance. */
const isCode = (w: string) => /\p{L}/u.test(w) && /\p{N}/u.test(w);
const codes = (ws: Set<string>) => ws.size > 0 && [...ws].every(isCode);

/**
 * Whether section `s` of the document `inhoud` changed because of change `c`:
 * it describes the changed entity, or its text changed the way one of the
 * change's values changed (the same words dropped and the same words brought
 * in: "zes" → "drie" in the opzegtermijn and in artikel 6, but not "252 → 259
 * dagen" for a deadline). A code that came in or went is enough on its own: a
 * list of lots that now names B2 where lots B1 and B2 swapped numbers. A
 * member that came or went (a product of a lot) changes its own §. A
 * question changes the text of its own Nota only.
 */
function explains(c: EntityChange, s: SectionChange, words: Words, inhoud: string): boolean {
  if (c.soort === "vraag") return inhoud === `nota-van-inlichtingen:${c.id.split(".")[0]}`;
  // A product that came into a lot or left it: its own § says which lots buy it.
  const members = c.fields.flatMap((f) => [...(f.toegevoegd ?? []), ...(f.verwijderd ?? [])]);
  if (members.some((m) => [s.kop, s.oudeKop].some((k) => k === m || k?.startsWith(`${m} (`)))) return true;
  const kind = KEY_KIND[c.soort];
  if (kind && (s.keys.includes(`${kind}:${c.id}`) || (c.oudId !== undefined && s.keys.includes(`${kind}:${c.oudId}`)))) return true;
  return valueChanges(c).some((v) =>
    v.whole
      ? all(v.removed, words.removed) && all(v.added, words.added)
      : v.removed.size === 0 || v.added.size === 0
        ? // Words only inserted or only struck out: all of them, or "niet meer dan" would land wherever "niet" came in.
          all(v.removed, words.removed) && all(v.added, words.added)
        : (meets(v.removed, words.removed) && meets(v.added, words.added)) || (codes(v.added) && all(v.added, words.added)) || (codes(v.removed) && all(v.removed, words.removed)),
  );
}

/** "§ 4.2.5" → [4, 2, 5]; "artikel 6" → [6]. */
const numberOf = (plaats: string) => (/[\d.]+/.exec(plaats)?.[0] ?? "").split(".").filter(Boolean).map(Number);

/** Whether the § or artikel `a` comes before `b` in a document (§ 8.1 before § 8.2 and before § 9; § 8 before § 8.1). */
function before(a: string, b: string): boolean {
  const [x, y] = [numberOf(a), numberOf(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i];
  return x.length < y.length;
}

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const isDateWord = (w: string) => /^[\d:.,]+$/.test(w) || MONTHS.includes(w) || DAYS.includes(w);

/**
 * The changed dates a derived section likely follows: when only numbers and
 * dates changed in it (a gestanddoening of 252 → 259 dagen, the last day of a
 * vervaltermijn), the milestones whose date changed; of those, the ones the
 * section names, when it names any ("na de uiterste inschrijfdatum").
 */
function likelyDates(s: SectionChange, changes: EntityChange[]): string[] {
  const words = changedWords(`${s.oudeKop ?? s.kop}\n\n${s.voor ?? ""}`, `${s.kop}\n\n${s.na ?? ""}`);
  const changed = [...words.removed, ...words.added];
  if (s.soort !== "gewijzigd" || !changed.length || !changed.every(isDateWord)) return [];
  const dates = changes.filter((c) => c.soort === "mijlpaal" && c.kind === "gewijzigd" && c.fields.some((f) => f.veld === "datum"));
  const text = (s.na ?? "").toLowerCase();
  const named = dates.filter((c) => text.includes(c.label.replace(/\s*\(.*$/, "").toLowerCase()));
  return (named.length ? named : dates).map((c) => c.nummer!);
}

const placeOf = (s: SectionChange): Place => ({ bijlage: s.bijlage, document: s.document, plaats: s.plaats, kop: s.kop, anker: s.anker });

/**
 * Numbers every change of the data (W-01, …), names every § or artikel of
 * the built documents where it lands, and keeps apart the changed sections
 * that no data change explains: text the build derived.
 */
export function placeChanges(report: ChangeReport, documenten: DocumentChange[]): ChangeReport {
  const changes = report.groups.flatMap((g) => g.changes);
  const width = Math.max(2, String(changes.length).length);
  changes.forEach((c, i) => {
    c.nummer = `W-${String(i + 1).padStart(width, "0")}`;
    c.waar = [];
  });
  const afgeleid: SectionChange[] = [];
  for (const d of documenten) {
    for (const s of d.secties) {
      // The heading counts as the section's text: a renamed lot changes the headings of its sub-lots.
      const words = changedWords(`${s.oudeKop ?? s.kop}\n\n${s.voor ?? ""}`, `${s.kop}\n\n${s.na ?? ""}`);
      const by = changes.filter((c) => explains(c, s, words, d.inhoud));
      if (by.length) {
        s.door = by.map((c) => c.nummer!);
        for (const c of by) c.waar!.push(placeOf(s));
      }
    }
    for (const s of d.secties) {
      // Only renumbered: caused by the §§ that came or went before it in the same document, when a change explains those.
      if (!s.door && s.soort === "hernummerd") {
        const causes = d.secties.filter((t) => t.door && ((t.soort === "toegevoegd" && before(t.plaats, s.plaats)) || (t.soort === "verwijderd" && s.oudePlaats !== undefined && before(t.plaats, s.oudePlaats))));
        if (causes.length) s.door = [...new Set(causes.flatMap((t) => t.door!))].sort();
      }
      if (!s.door) {
        const likely = likelyDates(s, changes);
        if (likely.length) s.vermoedelijkDoor = likely;
        afgeleid.push(s);
      }
    }
  }
  return { ...report, documenten, afgeleid };
}

/** Whether the two versions differ at all: in their data, or in any document's text. */
export const hasChanges = (r: ChangeReport) => r.groups.length > 0 || (r.documenten ?? []).some((d) => d.status === "gewijzigd" || d.status === "nieuw" || d.status === "vervallen");

/**
 * Every cross-reference target (`perceel:x`, `hoofdstuk:y`) that changed: an
 * entity whose data changed, or one whose section in the documents reads
 * differently (a subtender whose weights changed, a chapter whose text did).
 * What a Nota's `wijzigt` may name.
 */
export function changedTargets(r: ChangeReport): Set<string> {
  const out = new Set<string>();
  for (const c of r.groups.flatMap((g) => g.changes)) {
    const kind = KEY_KIND[c.soort];
    if (kind) out.add(`${kind}:${c.id}`);
  }
  for (const s of (r.documenten ?? []).flatMap((d) => d.secties)) if (s.soort !== "hernummerd") s.keys.forEach((k) => out.add(k));
  return out;
}

/** Per changed entity (`perceel:x`): the numbers of the changes (W-01, …) that concern it, for its page on the site. */
export function changesPerEntity(r: ChangeReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, nummer: string) => {
    const list = (out[key] ??= []);
    if (!list.includes(nummer)) list.push(nummer);
  };
  for (const c of r.groups.flatMap((g) => g.changes)) {
    if (!c.nummer) continue;
    // The entity's own page (not for one that was removed): `perceel:x`, `mijlpaal:x`, `vraag:1.5`, `aanbesteding:x`,
    // a criterion under what it is part of (`gunningscriteria:subtender:x`).
    if (c.kind !== "verwijderd") add(keyOf(c) ?? (c.soort === "gunningscriterium" && c.binnen ? `gunningscriteria:${c.binnen}` : `${c.soort}:${c.id}`), c.nummer);
    // Every § and artikel it lands in, for the pages that show the documents' text (`plaats:1#s-overeenkomst`).
    for (const p of c.waar ?? []) add(placeKey(p.bijlage, p.anker), c.nummer);
  }
  return out;
}
