import { describe, expect, it } from "vitest";
import { attachmentKind, defaultAttachmentSet, inhoudOf, notaOf, subtenderOf } from "../../src/content/attachment-kinds.ts";

describe("the kinds of attachment, spelled in one place", () => {
  it("reads every spelling the schema allows", () => {
    expect(attachmentKind("bestek")).toEqual({ soort: "bestek" });
    expect(attachmentKind("checklist")).toEqual({ soort: "checklist" });
    expect(attachmentKind("bestand")).toEqual({ soort: "bestand" });
    expect(attachmentKind("subtender:crisis-opvang")).toEqual({ soort: "subtender", subtender: "crisis-opvang" });
    expect(attachmentKind("overeenkomst:pleegzorg")).toEqual({ soort: "overeenkomst", subtender: "pleegzorg" });
    expect(attachmentKind("nota-van-inlichtingen:12")).toEqual({ soort: "nota-van-inlichtingen", nota: 12 });
  });

  it("knows no kind for a misspelling", () => {
    expect(attachmentKind("Bestek")).toBeUndefined();
    expect(attachmentKind("subtender:")).toBeUndefined();
    expect(attachmentKind("nota-van-inlichtingen:0")).toBeUndefined();
    expect(attachmentKind("nota-van-inlichtingen:twee")).toBeUndefined();
    expect(attachmentKind("perceel:crisis")).toBeUndefined();
  });

  it("writes an inhoud back as aanbesteding.yaml spells it", () => {
    expect(inhoudOf({ soort: "overeenkomst", subtender: "crisis" })).toBe("overeenkomst:crisis");
    expect(inhoudOf({ soort: "nota-van-inlichtingen", nota: 3 })).toBe("nota-van-inlichtingen:3");
    expect(inhoudOf({ soort: "eisen" })).toBe("eisen");
  });

  it("answers which subtender or nota an attachment belongs to, only for its own kind", () => {
    expect(subtenderOf("overeenkomst:crisis", "overeenkomst")).toBe("crisis");
    expect(subtenderOf("subtender:crisis", "overeenkomst")).toBeUndefined();
    expect(notaOf("nota-van-inlichtingen:2")).toBe(2);
    expect(notaOf("bestek")).toBeUndefined();
  });

  it("numbers the default set: leidraad, productenboek, eisen, per subtender its lots, then its agreement, the checklist, the notas", () => {
    const set = defaultAttachmentSet(["crisis", "toelating"], [1, 2]).map(({ nummer, kind }) => `${nummer} ${inhoudOf(kind)}`);
    expect(set).toEqual([
      "1 bestek",
      "2 productenboek",
      "3 eisen",
      "4 subtender:crisis",
      "5 subtender:toelating",
      "6 overeenkomst:crisis",
      "7 overeenkomst:toelating",
      "8 checklist",
      "9 nota-van-inlichtingen:1",
      "10 nota-van-inlichtingen:2",
    ]);
  });
});
