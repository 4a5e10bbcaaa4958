import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingElements, REQUIRED_ELEMENTS } from "../../src/content/required-elements.ts";

describe("required elements of a standard provision", () => {
  it("are all in the project's own templates, so the default text never lacks one", () => {
    expect(Object.keys(REQUIRED_ELEMENTS)).toEqual(["rechtsbescherming", "gestanddoening", "rangorde-documenten", "gunningsbeslissing"]);
    for (const id of Object.keys(REQUIRED_ELEMENTS)) {
      expect(missingElements(id, readFileSync(`templates/leidraad/${id}.md`, "utf8")).map((e) => e.wat), id).toEqual([]);
    }
  });

  it("are found in a Rijnmond-shaped own text by their words or by the template's placeholder", () => {
    const own = "Binnen de vervaltermijn maakt u een kort geding aanhangig bij de voorzieningenrechter van de rechtbank Rotterdam; de laatste dag is {{ vervaltermijn.laatste_dag | datum }}. Klachten: [klachtenmeldpunt](hoofdstuk:klachten).";
    expect(missingElements("rechtsbescherming", own)).toEqual([]);
    expect(missingElements("rechtsbescherming", own.replace("{{ vervaltermijn.laatste_dag | datum }}", "4 februari 2022"))).toEqual([]);
    expect(missingElements("rechtsbescherming", "Een kort geding bij de rechtbank Rotterdam.").map((e) => e.wat)).toEqual(["de vervaltermijn met de laatste dag ervan", "het klachtenmeldpunt"]);
  });
});
