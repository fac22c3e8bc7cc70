import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Messages, isolate } from "../src/i18n";
import { englishTranslations } from "./ftl";

afterEach(cleanup);

describe("user text inside a sentence", () => {
  const m = new Messages(englishTranslations());

  it("is isolated in a <bdi>, so a right-to-left name keeps its direction and punctuation", () => {
    const { container } = render(<p>{m.bidi("customer-added", { company: "שלום בע\"מ." })}</p>);
    expect(container.innerHTML).toBe("<p><bdi>שלום בע\"מ.</bdi> was added.</p>");
    expect(container.textContent).toBe("שלום בע\"מ. was added.");
  });

  it("isolates every text argument and leaves numbers as they are", () => {
    const { container } = render(<p>{m.bidi("signed-in-as", { name: "أحمد", role: "Global admin" })}</p>);
    expect(container.querySelectorAll("bdi")).toHaveLength(2);
    expect(container.querySelector("bdi")?.textContent).toBe("أحمد");
    expect(container.textContent).toBe("أحمد · Global admin");
  });

  it("isolates a name the core put in a sentence", () => {
    const { container } = render(<p>{isolate("Added customer עברית 1", "עברית 1")}</p>);
    expect(container.innerHTML).toBe("<p>Added customer <bdi>עברית 1</bdi></p>");
    expect(isolate("Imported the list", "")).toBe("Imported the list");
  });
});
