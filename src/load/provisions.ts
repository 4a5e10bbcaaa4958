import { closest } from "../diagnostics/suggest.ts";
import { TemplateError } from "../diagnostics/template-error.ts";
import {
  BUILT_IN_PLACES,
  GENERATED_CHAPTER_IDS,
  LEIDRAAD_TEMPLATE_IDS,
  PROCEDURE_PARAGRAPH_ANCHORS,
  RESERVED_SECTION_IDS,
  STANDARD_CHAPTER_IDS,
  type GeneratedChapterId,
} from "../content/standard-chapters.ts";
import { readTemplateFile, splitFrontMatter, templateIdsIn, templatePath, templatesFolder, type FrontMatterField } from "./template-files.ts";

/**
 * The one list of the leidraad's standard provisions and where each stands:
 * the built-in ones (src/content/standard-chapters.ts) and the ones a lawyer
 * added as a file in `templates/leidraad/` that starts with its place:
 *
 * ```
 * ---
 * hoofdstuk: inschrijving
 * na: gestanddoening
 * ---
 * ```
 *
 * `hoofdstuk` is one of the generated chapters; `na` (optional) the provision
 * it follows, built-in or added, in that chapter; without it the provision
 * ends the chapter. Validation (`hoofdstuk:` references), the leidraad's
 * sections and the template check read the list here. A file that is no
 * built-in text and says nothing about its place, an unknown chapter or
 * provision, a circle of `na`, or an id a section of the leidraad has already
 * is a TemplateError at the file's line.
 */

/** A provision a lawyer added with a file of its own. */
export interface AddedProvision {
  id: string;
  /** `templates/leidraad/<id>.md`, as messages name it. */
  file: string;
  hoofdstuk: GeneratedChapterId;
  /** The provision it follows, when its front matter says. */
  na?: string;
}

export interface LeidraadProvisions {
  /** The added provisions, in the order the leidraad prints them. */
  added: readonly AddedProvision[];
  /** Every template `templates/leidraad/` has a file for: the built-in texts and the added provisions. */
  templateIds: readonly string[];
  /** Every id a `hoofdstuk:` reference may name without a `teksten/` chapter of that id: the generated chapters and all provisions. */
  chapterIds: ReadonlySet<string>;
  /** The provisions (built-in and added) of a generated chapter, in document order, conditional ones included. */
  order(chapter: GeneratedChapterId): readonly string[];
  /** The added provision with this id, if it is one. */
  addedOne(id: string): AddedProvision | undefined;
  /** The anchor of a provision's section: `s-<id>`, for an added one `s-bepaling-<id>` (never one a generated section has). */
  anchor(id: string): string;
}

const KEYS = ["hoofdstuk", "na"];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BUILT_IN: readonly string[] = LEIDRAAD_TEMPLATE_IDS;

const code = (id: string) => `\`${id}\``;
const codes = (ids: readonly string[]) => ids.map(code).join(", ");

/** What to add to a file that does not say where it stands. */
const PLACE_HINT = `zet bovenaan het bestand een kopblok met het hoofdstuk waarin de bepaling staat: een regel \`---\`, \`hoofdstuk: inschrijving\`, eventueel \`na: gestanddoening\` (de bepaling waar ze na komt; zonder \`na\` sluit ze het hoofdstuk af) en weer \`---\`; de hoofdstukken zijn ${codes(GENERATED_CHAPTER_IDS)}`;

interface Read {
  id: string;
  file: string;
  hoofdstuk: GeneratedChapterId;
  na?: FrontMatterField & { value: string };
}

/** One file of templates/leidraad that is not a built-in text: its place, or why it has none. */
function readAdded(id: string, others: readonly string[]): Read {
  const file = templatePath("leidraad", id);
  if (RESERVED_SECTION_IDS.includes(id)) {
    throw new TemplateError(file, 1, `het id ${code(id)} heeft de leidraad al (een hoofdstuk of vaste paragraaf); geef de nieuwe bepaling een eigen id: de bestandsnaam zonder .md`);
  }
  const { frontMatter } = splitFrontMatter(readTemplateFile("leidraad", id) ?? "", file);
  if (!frontMatter) {
    // A misspelt built-in text (`gestandoening.md`) is the likelier mistake than a new provision.
    const guess = closest(id, [...BUILT_IN, ...others]);
    if (guess) throw new TemplateError(file, 1, `geen standaardtekst heeft het id ${code(id)}; bedoelde u ${code(guess)}? Is het een nieuwe bepaling, ${PLACE_HINT}`);
    throw new TemplateError(file, 1, `geen standaardtekst heeft het id ${code(id)}; is het een nieuwe bepaling, ${PLACE_HINT}`);
  }
  if (!ID.test(id)) {
    throw new TemplateError(file, 1, `het id ${code(id)} (de bestandsnaam) mag alleen kleine letters, cijfers en koppeltekens bevatten, zoals \`integriteit\` of \`sociaal-ondernemen\``);
  }
  for (const [key, field] of frontMatter.fields) {
    if (KEYS.includes(key)) continue;
    const guess = closest(key, KEYS);
    throw new TemplateError(file, field.line, `onbekende sleutel ${code(key)} in het kopblok${guess ? `; bedoelde u ${code(guess)}?` : `; het kopblok kent alleen \`hoofdstuk\` en \`na\``}`);
  }
  const chapter = frontMatter.fields.get("hoofdstuk");
  if (!chapter) throw new TemplateError(file, frontMatter.line, `het kopblok zegt niet in welk hoofdstuk de bepaling staat: voeg een regel \`hoofdstuk: …\` toe; de hoofdstukken zijn ${codes(GENERATED_CHAPTER_IDS)}`);
  const hoofdstuk = String(chapter.value ?? "").trim();
  if (!hoofdstuk) throw new TemplateError(file, chapter.line, `\`hoofdstuk\` is leeg: noem het hoofdstuk waarin de bepaling staat, een van ${codes(GENERATED_CHAPTER_IDS)}`);
  if (!(GENERATED_CHAPTER_IDS as readonly string[]).includes(hoofdstuk)) {
    const guess = closest(hoofdstuk, GENERATED_CHAPTER_IDS);
    throw new TemplateError(file, chapter.line, `onbekend hoofdstuk ${code(hoofdstuk)}${guess ? `; bedoelde u ${code(guess)}?` : `; de hoofdstukken zijn ${codes(GENERATED_CHAPTER_IDS)}`}`);
  }
  const na = frontMatter.fields.get("na");
  if (na && (typeof na.value !== "string" || !na.value.trim())) {
    throw new TemplateError(file, na.line, "`na` noemt de bepaling waar deze na komt, zoals `na: gestanddoening`; laat `na` weg om de bepaling aan het eind van het hoofdstuk te zetten");
  }
  return { id, file, hoofdstuk: hoofdstuk as GeneratedChapterId, na: na && { value: (na.value as string).trim(), line: na.line } };
}

/** The chapter a built-in provision or paragraph stands in, if any. */
const builtInChapter = (id: string) => GENERATED_CHAPTER_IDS.find((c) => BUILT_IN_PLACES[c]?.includes(id));

function resolve(): LeidraadProvisions {
  const files = templateIdsIn("leidraad");
  for (const id of files.filter((f) => BUILT_IN.includes(f))) {
    // A built-in text's place is the code's (conditions, generated paragraphs around it): a kopblok would be ignored.
    const file = templatePath("leidraad", id);
    if (splitFrontMatter(readTemplateFile("leidraad", id) ?? "", file).frontMatter) {
      throw new TemplateError(file, 1, `${code(id)} is een vaste standaardtekst: de plaats ervan ligt vast en een kopblok (\`---\` … \`---\`) verandert die niet; haal het kopblok weg, of maak een nieuwe bepaling met een eigen bestandsnaam`);
    }
  }
  const addedIds = files.filter((id) => !BUILT_IN.includes(id));
  const read = addedIds.map((id) => readAdded(id, addedIds.filter((other) => other !== id)));
  const byId = new Map(read.map((r) => [r.id, r]));
  const chapterOf = (id: string) => byId.get(id)?.hoofdstuk ?? builtInChapter(id);

  // Every `na` names a provision of the same chapter.
  const followers = new Map<string, Read[]>();
  for (const r of read) {
    if (!r.na) continue;
    const target = r.na.value;
    const where = chapterOf(target);
    const here = [...(BUILT_IN_PLACES[r.hoofdstuk] ?? []), ...read.filter((o) => o.hoofdstuk === r.hoofdstuk && o !== r).map((o) => o.id)];
    if (!where) {
      const guess = closest(target, here) ?? closest(target, [...Object.values(BUILT_IN_PLACES).flat(), ...byId.keys()]);
      const list = here.length ? `de bepalingen van hoofdstuk ${code(r.hoofdstuk)} zijn ${codes(here)}` : `hoofdstuk ${code(r.hoofdstuk)} heeft geen andere bepalingen; laat \`na\` weg`;
      throw new TemplateError(r.file, r.na.line, `onbekende bepaling ${code(target)} in \`na\`${guess ? `; bedoelde u ${code(guess)}?` : `; ${list}`}`);
    }
    if (where !== r.hoofdstuk) {
      const list = here.length ? `noem een bepaling van ${code(r.hoofdstuk)} (${codes(here)}) of laat \`na\` weg` : "laat `na` weg";
      throw new TemplateError(r.file, r.na.line, `${code(target)} staat in hoofdstuk ${code(where)}, niet in ${code(r.hoofdstuk)}; ${list}`);
    }
    followers.set(target, [...(followers.get(target) ?? []), r]);
  }

  // Document order per chapter: each provision, then what follows it (by id), then the added ones without `na`.
  const orders = new Map<GeneratedChapterId, string[]>();
  for (const chapter of GENERATED_CHAPTER_IDS) {
    const order: string[] = [];
    const emit = (id: string) => {
      order.push(id);
      for (const f of followers.get(id) ?? []) emit(f.id);
    };
    for (const id of BUILT_IN_PLACES[chapter] ?? []) emit(id);
    for (const r of read) if (r.hoofdstuk === chapter && !r.na) emit(r.id);
    orders.set(chapter, order);
  }

  // What no chapter reached follows, through `na`, a provision that follows it in turn.
  const placed = new Set([...orders.values()].flat());
  const stray = read.find((r) => !placed.has(r.id));
  if (stray) {
    const circle: Read[] = [];
    for (let r: Read | undefined = stray; r && !circle.includes(r); r = byId.get(r.na!.value)) circle.push(r);
    const start = circle.findIndex((r) => r.id === circle.at(-1)!.na!.value);
    const loop = circle.slice(start);
    const first = [...loop].sort((a, b) => a.id.localeCompare(b.id))[0];
    const chain = loop.length === 1 ? `${code(first.id)} staat na zichzelf` : loop.map((r) => `${code(r.id)} staat na ${code(r.na!.value)}`).join(", ");
    throw new TemplateError(first.file, first.na!.line, `de plaats van de bepaling is rond: ${chain}; laat bij één ervan \`na\` weg of noem een andere bepaling`);
  }

  const added = GENERATED_CHAPTER_IDS.flatMap((c) => orders.get(c)!.filter((id) => byId.has(id))).map((id): AddedProvision => {
    const r = byId.get(id)!;
    return { id, file: r.file, hoofdstuk: r.hoofdstuk, ...(r.na ? { na: r.na.value } : {}) };
  });
  const addedById = new Map(added.map((a) => [a.id, a]));
  return {
    added,
    templateIds: [...BUILT_IN, ...added.map((a) => a.id)],
    chapterIds: new Set([...STANDARD_CHAPTER_IDS, ...added.map((a) => a.id)]),
    order: (chapter) => orders.get(chapter) ?? [],
    addedOne: (id) => addedById.get(id),
    anchor: (id) => (addedById.has(id) ? `s-bepaling-${id}` : (PROCEDURE_PARAGRAPH_ANCHORS[id] ?? `s-${id}`)),
  };
}

const resolved = new Map<string, LeidraadProvisions | TemplateError>();

/**
 * The provisions of the leidraad, built-in and added, read once per process
 * and templates folder. Throws the TemplateError of an added file that cannot
 * be placed.
 */
export function leidraadProvisions(): LeidraadProvisions {
  const { dir } = templatesFolder();
  let hit = resolved.get(dir);
  if (!hit) {
    try {
      hit = resolve();
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      hit = e;
    }
    resolved.set(dir, hit);
  }
  if (hit instanceof TemplateError) throw hit;
  return hit;
}
