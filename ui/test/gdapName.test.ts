import { describe, expect, it } from "vitest";
import { proposedName } from "../src/pages/Gdap/GdapRequestDialog";

describe("the admin relationship name proposed from the customer's", () => {
  it("keeps letters without their accents, digits and single hyphens", () => {
    expect(proposedName("Žluťoučký kůň a.s.")).toBe("Zlutoucky-kun-a-s-GDAP");
    expect(proposedName("Contoso")).toBe("Contoso-GDAP");
    expect(proposedName("  Árvíztűrő 2026 Kft. ")).toBe("Arvizturo-2026-Kft-GDAP");
  });

  it("is never empty, never longer than Microsoft allows, and uses only what Microsoft accepts", () => {
    expect(proposedName("ООО «Контосо»")).toBe("Customer-GDAP");
    for (const company of ["x".repeat(80), "Adatum ".repeat(20), "a—b—c".repeat(30)]) {
      const name = proposedName(company);
      expect(name.length).toBeLessThanOrEqual(50);
      expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(name).not.toMatch(/--/);
    }
  });
});
