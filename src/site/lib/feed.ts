import { createHash } from "node:crypto";
import { formatDate } from "../../format/dates.ts";
import { countOf } from "../../format/numbers.ts";
import { notaTitle } from "../../format/nota.ts";
import type { Model } from "../../model/types.ts";
import type { SiteDownload } from "./downloads.ts";
import { url } from "./urls.ts";

/** Where the feed is: every page names it in its head (layouts/Base.astro). */
export const FEED_PATH = "/feed.xml";
/** The stylesheet that shows the feed as a readable page in a browser (src/site/public/feed.xsl). */
export const FEED_STYLESHEET = "/feed.xsl";

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/**
 * A stable, absolute id for an entry: a name-based UUID (RFC 4122, version 5
 * layout over SHA-1) of the tender id and what the entry is. The same version
 * or nota gets the same id in every build, whatever host serves the site.
 */
export function stableId(name: string): string {
  const h = createHash("sha1").update(`jeugdhulp-aanbesteding/${name}`).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A date of the content as an RFC 3339 timestamp (the day's start, UTC: the content has no time zone). */
const timestamp = (date: string) => `${date.slice(0, 10)}T00:00:00Z`;

interface Entry {
  id: string;
  title: string;
  updated: string;
  links: { href: string; rel?: string; type?: string; title?: string }[];
  summary: string;
}

/**
 * The Atom feed (RFC 4287) of a tender: one entry for the version of the
 * documents this build publishes (`versie`, `datum`), one for the version it
 * was compared with (`--compare REF`, linking the change overview), and one per Nota van
 * Inlichtingen, each linking to its page and PDF. Providers subscribe to it
 * instead of waiting for the platform's notifications. Links are relative to
 * the site's root, which is where the feed is served from.
 */
export function atomFeed(model: Model, downloads: SiteDownload[], earlier?: { versie: string; datum: string }): string {
  const t = model.tender;
  const pdf = (inhoud: string) => downloads.find((d) => d.inhoud === inhoud);
  const entries: Entry[] = [
    {
      id: stableId(`${t.id}/versie/${t.versie}`),
      title: `Versie ${t.versie} van de aanbestedingsstukken (${formatDate(t.datum)})`,
      updated: timestamp(t.datum),
      links: [{ href: url.home(), rel: "alternate", type: "text/html" }, { href: url.downloads(), rel: "related", type: "text/html", title: "Alle bijlagen" }],
      summary: `${t.titel} (${t.kenmerk}): versie ${t.versie} van ${formatDate(t.datum)}, ${t.status === "concept" ? "concept" : "definitief"}, met ${countOf(t.bijlagen.length, "bijlage", "bijlagen")}.`,
    },
    // The version this one was compared with (`--compare REF`): the same id it had as the current version.
    ...(earlier && earlier.versie !== t.versie
      ? [{
          id: stableId(`${t.id}/versie/${earlier.versie}`),
          title: `Versie ${earlier.versie} van de aanbestedingsstukken (${formatDate(earlier.datum)})`,
          updated: timestamp(earlier.datum),
          links: [{ href: url.changes(), rel: "alternate", type: "text/html", title: `Wat er sinds versie ${earlier.versie} is veranderd` }],
          summary: `De vorige versie, ${earlier.versie} van ${formatDate(earlier.datum)}; wat er sindsdien veranderde, staat in het wijzigingsoverzicht.`,
        }]
      : []),
    ...model.notas.map((n): Entry => {
      const file = pdf(`nota-van-inlichtingen:${n.nummer}`);
      const changing = n.vragen.filter((q) => q.wijziging).length;
      return {
        id: stableId(`${t.id}/nota-van-inlichtingen/${n.nummer}`),
        title: `${notaTitle(n.nummer)} (${formatDate(n.datum)})`,
        updated: timestamp(n.datum),
        links: [
          { href: `${url.questions()}#nota-${n.nummer}`, rel: "alternate", type: "text/html" },
          ...(file ? [{ href: url.download(file.bestand), rel: "enclosure", type: "application/pdf", title: `bijlage ${file.nummer} ${file.titel}` }] : []),
        ],
        summary: `${notaTitle(n.nummer)} bevat ${countOf(n.vragen.length, "vraag", "vragen")} met ${n.vragen.every((q) => q.antwoord) ? "hun antwoorden" : "de antwoorden die er zijn"}${changing ? `; ${countOf(changing, "antwoord wijzigt", "antwoorden wijzigen")} de aanbestedingsstukken` : ""}.`,
      };
    }),
  ].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
  const updated = entries.map((e) => e.updated).sort().at(-1)!;
  const link = (l: Entry["links"][number]) => `<link href="${xml(l.href)}"${l.rel ? ` rel="${l.rel}"` : ""}${l.type ? ` type="${l.type}"` : ""}${l.title ? ` title="${xml(l.title)}"` : ""}/>`;
  // A browser opening the feed shows it as a page that says how to follow the tender (public/feed.xsl).
  return `<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="${FEED_STYLESHEET}"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${stableId(t.id)}</id>
  <title>${xml(`${t.titel} (${t.kenmerk})`)}</title>
  <subtitle>${xml(`Nieuwe versies van de aanbestedingsstukken en Nota's van Inlichtingen van ${t.aanbestedende_dienst.naam}`)}</subtitle>
  <updated>${updated}</updated>
  <author><name>${xml(t.aanbestedende_dienst.naam)}</name></author>
  <link href="${FEED_PATH}" rel="self" type="application/atom+xml"/>
  <link href="${url.home()}" rel="alternate" type="text/html"/>
${entries.map((e) => `  <entry>
    <id>${e.id}</id>
    <title>${xml(e.title)}</title>
    <updated>${e.updated}</updated>
    ${e.links.map(link).join("\n    ")}
    <summary>${xml(e.summary)}</summary>
  </entry>`).join("\n")}
</feed>
`;
}
