/**
 * The placeholder check's reading of a phone number: only zeros after the
 * country code and the area code is a placeholder, a real subscriber number is not.
 */
import { describe, expect, it } from "vitest";
import { isPlaceholderPhone } from "../../src/validate/rules/placeholders.ts";

describe("a phone number of zeros is a placeholder", () => {
  it("finds zeros after the country and area code, in every way a Dutch number is written", () => {
    const placeholders = ["+31 10 000 0000", "+31 53 000 0000", "+31 596 000 000", "0596 000000", "tel. 0596 000000", "010-0000000", "+31 (0)10 000 0000", "0031 20 000 00 00", "06 00000000", "+32 2 000 00 00"];
    expect(placeholders).toHaveLength(10);
    for (const phone of placeholders) expect(isPlaceholderPhone(phone), phone).toBe(true);
  });

  it("leaves a real number alone, also one with many zeros in its subscriber part", () => {
    // 020 is a two-digit area code: 500 0000 is the subscriber part, not zeros only.
    const real = ["+31 20 500 0000", "+31 10 123 4567", "0596 612345", "+31 596 612 345", "06 12345678", "+32 2 500 00 00"];
    expect(real).toHaveLength(6);
    for (const phone of real) expect(isPlaceholderPhone(phone), phone).toBe(false);
  });
});
