import { basename } from "node:path";
import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { didYouMean } from "../../diagnostics/suggest.ts";
import { at, locate, nodeAt, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import { CROSS_REFERENCE_KINDS } from "../../markdown/cross-references.ts";
import { daysBetween, formatDate, formatDateTime } from "../../format/dates.ts";
import { notaTitle, questionName } from "../../format/nota.ts";
import type { NotaFile } from "../../content/types.generated.ts";
import type { ContentIndex, Typed } from "../../load/content-index.ts";
import { isDeclared } from "../entities.ts";
import type { EntityKind } from "../../content/entity-kinds.ts";
import { unknownReferenceMessage } from "../references.ts";
import type { Rule } from "../rule.ts";
import { receivedAfter } from "../../format/dates.ts";
import { NOTA_DAYS_BEFORE_DEADLINE, toTime } from "./planning.ts";

const KINDS_IN_WORDS = `${CROSS_REFERENCE_KINDS.slice(0, -1).join(", ")} of ${CROSS_REFERENCE_KINDS[CROSS_REFERENCE_KINDS.length - 1]}`;

/**
 * Rule 8 (content model v2): the Notas van Inlichtingen. Notas are numbered
 * 1, 2, … like their file names; question numbers are unique over all notas;
 * every `over` target resolves (the Markdown cross-references in the texts are
 * checked with every other text, markdown-references.ts); a definitief tender
 * answers every question. Warnings: a question received after the `vragen`
 * deadline, a nota published less than 6 days before the `inschrijving`
 * deadline, and a question that names the bidder. Whether `paragraaf` is a §
 * of the printed leidraad needs the leidraad's outline, so it is checked on the
 * resolved model (`checkParagraphs`).
 */
export const notaVanInlichtingen: Rule = {
  name: "nota van inlichtingen",
  check(index, table) {
    const out: Diagnostic[] = [...attachments(index)];
    if (index.notas.length === 0) return out;
    out.push(...numbering(index), ...versions(index));
    const tender = index.tender?.data;
    const deadline = (id: string) => tender?.planning.find((m) => m.id === id && !Number.isNaN(toTime(m.datum)));
    const questionsBy = deadline("vragen");
    const bids = deadline("inschrijving");
    const firstAt = new Map<string, string>();
    for (const { source, data } of index.notas) {
      if (bids) {
        const days = daysBetween(data.datum, bids.datum);
        if (days < NOTA_DAYS_BEFORE_DEADLINE) {
          const when = days < 0 ? "verschijnt pas na de uiterste inschrijfdatum" : days === 0 ? "verschijnt op de dag van de uiterste inschrijfdatum" : `verschijnt ${days} ${days === 1 ? "dag" : "dagen"} voor de uiterste inschrijfdatum`;
          out.push(warning(locate(source, ["datum"]), "nota-laat", `${notaTitle(data.nummer)} (${formatDate(data.datum)}) ${when} (${formatDateTime(bids.datum)}); publiceer een nota ten minste ${NOTA_DAYS_BEFORE_DEADLINE} kalenderdagen voor de uiterste inschrijfdatum, zodat inschrijvers de antwoorden kunnen verwerken, of verschuif de inschrijfdatum`));
        }
      }
      data.vragen.forEach((q, i) => {
        const path = ["vragen", i];
        const key = q.nummer;
        const earlier = firstAt.get(key);
        const here = locate(source, [...path, "nummer"]);
        if (earlier) out.push(error(here, "dubbel-vraagnummer", `vraagnummer \`${q.nummer}\` komt al voor in ${earlier}; een vraagnummer is uniek over alle nota's`));
        else firstAt.set(key, `${here.file}:${here.line}`);

        for (const field of ["over", "wijzigt"] as const) {
          (q[field] ?? []).forEach((target, j) => {
            const colon = target.indexOf(":");
            const rawKind = target.slice(0, colon);
            const id = target.slice(colon + 1);
            const pos = locate(source, [...path, field, j]);
            if (!(CROSS_REFERENCE_KINDS as readonly string[]).includes(rawKind)) {
              out.push(error(pos, "onbekende-verwijzingssoort", `onbekende soort \`${rawKind}:\` in \`${field}\`; gebruik ${KINDS_IN_WORDS}, gevolgd door een dubbele punt en het id${didYouMean(rawKind, CROSS_REFERENCE_KINDS)}`));
              return;
            }
            const kind = rawKind as EntityKind;
            if (isDeclared(table, kind, id) || index.idsInInvalidFiles.has(id)) return;
            out.push(error(pos, "onbekende-verwijzing", `\`${field}\` verwijst naar ${unknownReferenceMessage(kind, id, table)}`));
          });
        }

        if (tender?.status === "definitief" && q.antwoord === undefined) {
          out.push(error(here, "vraag-zonder-antwoord", `${questionName(q.nummer)} heeft geen \`antwoord\`; een definitieve aanbesteding beantwoordt elke vraag (zolang vragen in behandeling zijn, is de status concept)`));
        }
        if (q.ontvangen && questionsBy && receivedAfter(q.ontvangen, questionsBy.datum)) {
          out.push(warning(locate(source, [...path, "ontvangen"]), "vraag-te-laat", `${questionName(q.nummer)} is ontvangen op ${formatDateTime(q.ontvangen)}, na de uiterste datum voor vragen (${formatDateTime(questionsBy.datum)}); beantwoord een te late vraag alleen als het antwoord voor alle inschrijvers van belang is, en zeg in het antwoord dat de vraag te laat kwam`));
        }
        for (const found of namesOfBidders(q.vraag)) {
          out.push(warning(positionIn(source, [...path, "vraag"], found.text), "vraag-niet-anoniem", `${questionName(q.nummer)} noemt mogelijk de vrager (${found.what} \`${found.text}\`); anonimiseer de vraag voordat de nota verschijnt`));
        }
      });
    }
    return out;
  },
};

/**
 * A nota whose answers change the data (`wijzigt`) says with which version of
 * the documents it is published (`versie`), and the latest nota that names a
 * version names the version aanbesteding.yaml has: the data and the nota
 * describe the same set of documents.
 */
function versions(index: ContentIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tenderVersion = index.tender?.data.versie;
  for (const { source, data } of index.notas) {
    const changing = data.vragen.filter((q) => q.wijzigt?.length).map((q) => q.nummer);
    if (changing.length && data.versie === undefined) {
      out.push(warning(locate(source, ["nummer"]), "nota-zonder-versie", `${notaTitle(data.nummer)} wijzigt de gegevens (${changing.length === 1 ? "vraag" : "vragen"} ${changing.join(", ")}), maar noemt geen \`versie\`; zet \`versie: "…"\` op de versie van de aanbestedingsstukken die met deze nota verschijnt, en verhoog \`versie\` in aanbesteding.yaml tot dezelfde waarde`));
    }
  }
  const latest = [...index.notas].filter((n) => n.data.versie !== undefined).sort((a, b) => b.data.nummer - a.data.nummer)[0];
  if (latest && tenderVersion !== undefined && latest.data.versie !== tenderVersion) {
    out.push(warning(locate(latest.source, ["versie"]), "nota-andere-versie", `${notaTitle(latest.data.nummer)} verschijnt met versie ${latest.data.versie}, maar aanbesteding.yaml heeft versie ${tenderVersion}; de gegevens en de laatste nota horen dezelfde versie te beschrijven: verhoog \`versie\` in aanbesteding.yaml, of zet de nota op ${tenderVersion}`));
  }
  return out;
}

/**
 * The nota of this version (its `versie` is aanbesteding.yaml's) names in
 * `wijzigt` only targets that changed since the version it amends: the
 * build with `--compare` hands in what changed (`changed`: `perceel:x`, …;
 * src/pipeline/validate-content.ts), so a promised change that was never made
 * in the data stops the build.
 */
export function checkNotaTargets(index: ContentIndex, changed: ReadonlySet<string>, since: string): Diagnostic[] {
  const version = index.tender?.data.versie;
  const out: Diagnostic[] = [];
  for (const { source, data } of index.notas) {
    if (data.versie === undefined || data.versie !== version) continue;
    data.vragen.forEach((q, i) => {
      (q.wijzigt ?? []).forEach((target, j) => {
        if (changed.has(target)) return;
        out.push(error(locate(source, ["vragen", i, "wijzigt", j]), "wijzigt-ongewijzigd", `${questionName(q.nummer)} zegt \`${target}\` te wijzigen, maar dat is niet gewijzigd ten opzichte van ${since}; pas de gegevens aan zoals het antwoord zegt, of haal het doel uit \`wijzigt\``));
      });
    });
  }
  return out;
}

/**
 * A bijlage `nota-van-inlichtingen:N` names a nota that exists; a nota that the
 * `bijlagen` list leaves out is not in the bundle, while it is part of the tender documents.
 */
function attachments(index: ContentIndex): Diagnostic[] {
  const tender = index.tender;
  if (!tender?.data.bijlagen) return [];
  const out: Diagnostic[] = [];
  const numbers = index.notas.map((n) => n.data.nummer);
  const listed = new Set<number>();
  tender.data.bijlagen.forEach((b, i) => {
    const m = /^nota-van-inlichtingen:(\d+)$/.exec(b.inhoud ?? "");
    if (!m) return;
    const n = Number(m[1]);
    listed.add(n);
    if (numbers.includes(n) || index.invalidKinds.has("nota")) return;
    const existing = numbers.length ? `de map nota-van-inlichtingen/ heeft ${numbers.length === 1 ? "nota" : "de nota's"} ${numbers.sort((a, c) => a - c).join(", ")}` : "de map nota-van-inlichtingen/ heeft geen nota's";
    out.push(error(locate(tender.source, ["bijlagen", i, "inhoud"]), "onbekende-nota", `bijlage ${b.nummer} is \`${b.inhoud}\`, maar nota-van-inlichtingen/${n}.yaml bestaat niet; ${existing}${didYouMean(String(n), numbers.map(String)).replace(/`(\d+)`/, "`nota-van-inlichtingen:$1`")}`));
  });
  for (const { source, data } of index.notas) {
    if (listed.has(data.nummer)) continue;
    out.push(warning(locate(source, ["nummer"]), "nota-geen-bijlage", `${notaTitle(data.nummer)} staat niet in \`bijlagen\` van aanbesteding.yaml en komt dus niet in de bundel, terwijl een nota deel is van de aanbestedingsstukken; voeg \`{ nummer: "…", titel: ${notaTitle(data.nummer)}, inhoud: "nota-van-inlichtingen:${data.nummer}" }\` toe`));
  }
  return out;
}

/** Notas run 1, 2, … without gaps, and each file is named after its number. */
function numbering(index: ContentIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const numbered: [number, Typed<NotaFile>][] = [];
  for (const nota of index.notas) {
    const name = basename(nota.source.path, ".yaml");
    if (!/^[1-9][0-9]*$/.test(name)) {
      out.push(error(at(nota.source, 0), "nota-bestandsnaam", `bestandsnaam ${name}.yaml past niet; een nota heet naar zijn nummer: 1.yaml, 2.yaml, …; noem dit bestand ${nota.data.nummer}.yaml`));
      continue;
    }
    if (Number(name) !== nota.data.nummer) {
      out.push(error(locate(nota.source, ["nummer"]), "nota-nummer", `nota heeft \`nummer: ${nota.data.nummer}\` maar het bestand heet ${name}.yaml; het nummer van een nota is gelijk aan zijn bestandsnaam`));
      continue;
    }
    numbered.push([nota.data.nummer, nota]);
  }
  // A nota that failed the schema still has its number; gaps are only reported when every file is readable.
  if (index.invalidKinds.has("nota")) return out;
  numbered.sort((a, b) => a[0] - b[0]);
  numbered.forEach(([n, nota], i) => {
    const expected = i === 0 ? 1 : numbered[i - 1][0] + 1;
    if (n !== expected) {
      out.push(error(locate(nota.source, ["nummer"]), "nota-ontbreekt", `${notaTitle(expected)} ontbreekt: de nota's zijn genummerd 1, 2, … zonder gaten; hernoem deze nota tot ${expected}.yaml met \`nummer: ${expected}\`, of voeg nota-van-inlichtingen/${expected}.yaml toe`));
    }
  });
  return out;
}


/**
 * What identifies a bidder in a question: an e-mail address, a phone number, a
 * web address, a KvK number, or a name with a legal form.
 */
const IDENTIFYING: { what: string; pattern: RegExp }[] = [
  { what: "e-mailadres", pattern: /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu },
  { what: "webadres", pattern: /\bhttps?:\/\/[^\s)>\]]+|\bwww\.[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu },
  { what: "telefoonnummer", pattern: /(?:\+31|\b0031|\b0)(?:[\s-]?\(0\))?[\s-]?\d(?:[\s-]?\d){7,8}\b/g },
  { what: "KvK-nummer", pattern: /\bk\.?v\.?k\.?(?:[\s-]*(?:nummer|nr\.?))?(?:\s+is)?[\s:.-]*\d{8}\b/giu },
  { what: "naam met rechtsvorm", pattern: /\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*)*\s+(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|C\.V\.)(?![\p{L}\d])/gu },
  { what: "naam met rechtsvorm", pattern: /\b(?:Stichting|Vereniging|Coöperatie|Coöp\.)\s+\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*)*/gu },
];

/** The identifying details in a question's text; each found once, in reading order. */
export function namesOfBidders(text: string): { what: string; text: string }[] {
  const found: { what: string; text: string; at: number }[] = [];
  for (const { what, pattern } of IDENTIFYING) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      // A phone number inside an e-mail or web address is that address's.
      if (found.some((f) => start >= f.at && start < f.at + f.text.length)) continue;
      // A sentence's full stop is not part of an address; the one of "B.V." is part of the name.
      found.push({ what, text: what === "naam met rechtsvorm" ? m[0] : m[0].replace(/[.,;:]+$/, ""), at: start });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ what, text }) => ({ what, text }));
}

/** Where a piece of text is inside a scalar value; the value's start when it cannot be found as written. */
function positionIn(source: YamlSource, path: DataPath, text: string) {
  const range = nodeAt(source, path)?.range;
  if (!range) return locate(source, path);
  const found = source.text.indexOf(text, range[0]);
  return at(source, found >= 0 && found < range[1] ? found : range[0]);
}

/**
 * `paragraaf` names a § that the printed leidraad has: checked against the
 * same outline the PDF prints, which the pipeline plans from the resolved model
 * and hands in (src/pipeline/validate-content.ts): `sections` maps each §
 * number to its title, `chapters` is the number of chapters.
 */
export function checkParagraphs(index: ContentIndex, leidraad: { sections: ReadonlyMap<string, string>; chapters: number }): Diagnostic[] {
  if (!index.notas.some((n) => n.data.vragen.some((q) => q.paragraaf !== undefined))) return [];
  const { sections } = leidraad;
  const out: Diagnostic[] = [];
  for (const { source, data } of index.notas) {
    data.vragen.forEach((q, i) => {
      if (q.paragraaf === undefined || sections.has(q.paragraaf)) return;
      const top = leidraad.chapters;
      out.push(error(locate(source, ["vragen", i, "paragraaf"]), "onbekende-paragraaf", `paragraaf \`${q.paragraaf}\` bestaat niet in de aanbestedingsleidraad; verwacht het nummer van een § zoals de gedrukte leidraad het heeft (hoofdstukken 1 tot en met ${top}, zoals 2.1)${didYouMean(q.paragraaf, sections.keys())}`));
    });
  }
  return out;
}
