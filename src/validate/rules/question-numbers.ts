import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { dutchList } from "../../format/lists.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * A nota numbers its questions N.1, N.2, … without gaps: a bidder who sees
 * 2.2 and 2.4 asks where 2.3 went, and whether an answer was withheld. A
 * number that is left out on purpose is listed under `vervallen_vragen` with
 * its reason, and the nota prints it in its place. A nota whose questions do
 * not follow the N.k pattern (the team's own numbering) is not checked.
 */
export const questionNumbers: Rule = {
  name: "vraagnummers zonder gaten",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.notas) {
      const own = data.vragen.map((q) => /^(\d+)\.(\d+)$/.exec(q.nummer)).filter((m): m is RegExpExecArray => m !== null && Number(m[1]) === data.nummer);
      if (own.length === 0 || own.length !== data.vragen.length) continue;
      const present = new Set(own.map((m) => Number(m[2])));
      const explained = new Set((data.vervallen_vragen ?? []).map((v) => v.nummer));
      const max = Math.max(...present);
      const missing: string[] = [];
      for (let k = 1; k < max; k++) if (!present.has(k) && !explained.has(`${data.nummer}.${k}`)) missing.push(`${data.nummer}.${k}`);
      if (missing.length === 0) continue;
      const one = missing.length === 1;
      out.push(
        warning(
          locate(source, ["vragen"]),
          "vraagnummer-ontbreekt",
          `Nota van Inlichtingen ${data.nummer} heeft geen ${one ? "vraag" : "vragen"} ${dutchList(missing)}; nummer de vragen zonder gaten, of zet ${one ? "het nummer" : "elk nummer"} onder \`vervallen_vragen\` met de reden (bijvoorbeeld \`- { nummer: "${missing[0]}", reden: Ingetrokken door de vrager. }\`)`,
        ),
      );
    }
    return out;
  },
};
