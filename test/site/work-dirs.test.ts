// Astro's working folders (node_modules/.cache/jeugdhulp-site/<pid> and
// <pid>-website, src/site/render-site.ts): a build removes those of builds
// that were killed before they could, matching the whole pid in the name.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { siteWorkDir } from "../../src/site/render-site.ts";
import { DEAD_PID } from "../shared/builds.ts";

const ROOT = join("node_modules", ".cache", "jeugdhulp-site");
/** Only these names are made and looked at here: other builds use the folder at the same time. */
const dead = [`${DEAD_PID}`, `${DEAD_PID}-website`];
const living = [`${process.ppid}-website`, `${process.pid}`];
const notOfABuild = [`${DEAD_PID}.oud`, `${DEAD_PID}x-notities`];

afterAll(() => {
  for (const name of [...dead, ...living, ...notOfABuild]) rmSync(join(ROOT, name), { recursive: true, force: true });
});

describe("siteWorkDir", () => {
  it("removes the working folders of dead builds, keeps those of running ones and anything whose name is not `<pid>` or `<pid>-…`", () => {
    expect(() => process.kill(DEAD_PID, 0), `pid ${DEAD_PID} bestaat op deze machine`).toThrow();
    for (const name of [...dead, ...living, ...notOfABuild]) mkdirSync(join(ROOT, name), { recursive: true });
    siteWorkDir(`${process.pid}-test`);
    const left = (names: string[]) => names.filter((n) => existsSync(join(ROOT, n)));
    expect(left(dead)).toEqual([]);
    expect(left(living)).toEqual(living);
    expect(left(notOfABuild)).toEqual(notOfABuild);
  });
});
