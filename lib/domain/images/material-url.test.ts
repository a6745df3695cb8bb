import { describe, expect, it } from "vitest";
import { isMaterialVariant, materialUrl } from "./material-url";

describe("material URLs", () => {
  it("spell the route's path", () => {
    expect(materialUrl("Umt74j5kXuIcVEeBl8nFog", "preview")).toBe("/api/materials/Umt74j5kXuIcVEeBl8nFog/preview");
  });

  it("accept exactly the sizes the route serves", () => {
    expect(["original", "preview", "thumb"].every(isMaterialVariant)).toBe(true);
    for (const other of ["", "Preview", "upload", "../original", "thumb "]) expect(isMaterialVariant(other)).toBe(false);
  });
});
