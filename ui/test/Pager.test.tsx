import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Pager, lastPageOffset } from "../src/components/Pager";
import { Messages, MessagesProvider } from "../src/i18n";
import { englishTranslations } from "./ftl";

afterEach(cleanup);

function renderPager(offset: number, count: number, total: number | undefined, onOffset: (o: number) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider messages={new Messages(englishTranslations())}>
        <Pager offset={offset} count={count} total={total} pageSize={50} onOffset={onOffset} />
      </MessagesProvider>
    </FluentProvider>,
  );
}

const disabled = (id: string) => (screen.getByTestId(id) as HTMLButtonElement).disabled;

describe("Pager", () => {
  it("goes to the last page and back to the first", () => {
    const went: number[] = [];
    renderPager(0, 50, 120, (o) => went.push(o));
    expect([disabled("pager-first"), disabled("pager-previous"), disabled("pager-next"), disabled("pager-last")]).toEqual([true, true, false, false]);
    expect(screen.getByTestId("pager-last").getAttribute("aria-label")).toBe("Last page");
    fireEvent.click(screen.getByTestId("pager-last"));
    fireEvent.click(screen.getByTestId("pager-next"));
    cleanup();
    renderPager(100, 20, 120, (o) => went.push(o));
    expect([disabled("pager-first"), disabled("pager-previous"), disabled("pager-next"), disabled("pager-last")]).toEqual([false, false, true, true]);
    fireEvent.click(screen.getByTestId("pager-first"));
    fireEvent.click(screen.getByTestId("pager-previous"));
    expect(went).toEqual([100, 50, 0, 50]);
  });

  it("before its total is counted, shows the rows it has and goes on only past a full page", () => {
    const went: number[] = [];
    renderPager(50, 50, undefined, (o) => went.push(o));
    expect(screen.getByTestId("pager-summary").textContent).toBe("51–100");
    expect([disabled("pager-first"), disabled("pager-previous"), disabled("pager-next"), disabled("pager-last")]).toEqual([false, false, false, true]);
    fireEvent.click(screen.getByTestId("pager-next"));
    cleanup();
    renderPager(100, 20, undefined, (o) => went.push(o));
    expect([disabled("pager-next"), disabled("pager-last")]).toEqual([true, true]);
    cleanup();
    renderPager(150, 0, undefined, (o) => went.push(o));
    expect(screen.getByTestId("pager-summary").textContent).toBe("Nothing to show");
    expect(went).toEqual([100]);
  });

  it("finds the last page's offset at its edges", () => {
    expect([lastPageOffset(0, 50), lastPageOffset(1, 50), lastPageOffset(50, 50), lastPageOffset(51, 50), lastPageOffset(100, 50), lastPageOffset(101, 50)])
      .toEqual([0, 0, 0, 50, 50, 100]);
  });
});
