/**
 * How each shared tender of a test run is prepared and built (the global
 * setup, test/global-setup.ts, runs these; test files read the results with
 * `shared()` from ./builds.ts). No vitest import here: the global setup runs
 * outside the test workers.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentWithOwnFiles } from "../fixtures/own-files-content.ts";
import { taggedRepo } from "../fixtures/tagged-repo.ts";
import { hostileCopyOfKlein } from "../fixtures/hostile.ts";

export type SharedName = "voorbeeld" | "rijnmond" | "klein" | "vijandig" | "klein-v2.2" | "eigen-bestanden";

/** A tender built once per run: where its content and output are, and what the CLI printed. */
export interface SharedBuild {
  name: SharedName;
  /** The content folder the CLI built (absolute, or relative to the project). */
  content: string;
  /** The output folder (`--out`): site/, mercell/, model.json, … */
  out: string;
  /** The folder the CLI ran in. */
  cwd: string;
  args: string[];
  status: number | null;
  stdout: string;
  stderr: string;
  /** Folders put next to `out` before the build (stale folders of a dead build, a running one's), by name. */
  around?: { dir: string; dead: string[]; live: string[] };
  /** Anything else the test needs to know of the build (the git repository of `klein-v2.2`). */
  repo?: string;
}

/** How each shared tender is prepared and built: `prepare` runs in the setup process, with TMPDIR set to the run's folder. */
export interface SharedRecipe {
  name: SharedName;
  prepare: (work: string) => Omit<SharedBuild, "name" | "status" | "stdout" | "stderr">;
}

const plain = (name: SharedName, content: string): SharedRecipe => ({
  name,
  prepare: (work) => {
    const out = join(work, "uit");
    return { content, out, cwd: process.cwd(), args: ["build", "--content", content, "--out", out] };
  },
});

/** The buyer's data an EU notice needs (the small fixture has only a name and `namens`). */
export const BUYER_DATA = [
  '  kvk: "01234567"',
  "  adres: { straat: Stadhuisplein 1, postcode: 9901 AA, plaats: Appingedam }",
  '  contact: { email: inkoop@rjnoord.nl, telefoon: "+31 596 612 345" }',
  "  nuts: NL112",
];

function withBuyerData(content: string): void {
  const file = join(content, "aanbesteding.yaml");
  const yaml = readFileSync(file, "utf8");
  const after = "  namens: [Appingedam, Delfzijl, Loppersum]\n";
  if (!yaml.includes(after)) throw new Error(`${file}: «namens» staat er niet in`);
  writeFileSync(file, yaml.replace(after, `${after}${BUYER_DATA.join("\n")}\n`));
}

/** The pid the setup claims as a running build's, and one that cannot be running. */
export const DEAD_PID = 999_999;

export const RECIPES: SharedRecipe[] = [
  // The largest first: with two at a time, the small ones fill in behind.
  plain("rijnmond", "examples/rijnmond"),
  plain("voorbeeld", "content"),
  // The small fixture as it is: its progress log is read by the progress tests.
  plain("klein", "test/fixtures/klein"),
  {
    // Hostile Markdown in every field, compared with the plain fixture so the
    // change overview carries it too. Built --quiet, next to folders left by a
    // dead build and one of a running build: the quiet and clean-up tests read this build.
    name: "vijandig",
    prepare: (work) => {
      const content = hostileCopyOfKlein();
      const out = join(work, "uit");
      const dead = [`.uit.bouw-${DEAD_PID}`, `.uit.oud-${DEAD_PID}`];
      const live = [`.uit.bouw-${process.pid}`];
      for (const name of [...dead, ...live]) {
        mkdirSync(join(work, name));
        writeFileSync(join(work, name, "half.txt"), name);
      }
      return { content, out, cwd: process.cwd(), args: ["build", "--content", content, "--out", out, "--compare", "test/fixtures/klein", "--quiet"], around: { dir: work, dead, live } };
    },
  },
  {
    // Version 2.2 of the small tender in a tagged git repository, with its
    // changes since v2.1 on the website (`npm run build -- --compare v2.1`).
    name: "klein-v2.2",
    prepare: (work) => {
      const { repo } = taggedRepo();
      const out = join(work, "uit");
      return { content: join(repo, "content"), out, cwd: repo, repo, args: ["build", "--out", out, "--compare", "v2.1"] };
    },
  },
  {
    // The small tender with an own PDF and DOCX, and the buyer's data a notice needs but no
    // `aankondiging`: built with --aankondiging, so it also shows what that flag writes.
    name: "eigen-bestanden",
    prepare: (work) => {
      const content = contentWithOwnFiles();
      withBuyerData(content);
      const out = join(work, "uit");
      return { content, out, cwd: process.cwd(), args: ["build", "--content", content, "--out", out, "--aankondiging"] };
    },
  },
];

