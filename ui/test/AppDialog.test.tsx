import { Button, DialogActions, DialogBody, DialogContent, DialogTitle, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { AppDialog } from "../src/components/AppDialog";
import { LiveRegionProvider } from "../src/components/LiveRegion";
import { useFieldErrors } from "../src/components/useFieldErrors";

afterEach(cleanup);

function Flow({ onClose }: { onClose: () => void }) {
  const [step, setStep] = useState(1);
  const errors = useFieldErrors();
  return (
    <AppDialog onClose={onClose}>
      <DialogBody>
        <DialogTitle>Flow</DialogTitle>
        <DialogContent data-testid="content">{step === 1 ? "First" : <input data-testid="second-field" aria-label="Second" />}</DialogContent>
        <DialogActions>
          <Button data-testid="cancel" onClick={onClose}>Cancel</Button>
          {step === 1
            ? <Button key="next" data-testid="next" onClick={() => setStep(2)}>Next</Button>
            : <Button key="copy" data-testid="copy" onClick={() => errors.attempt(async () => {}, "Copied.")}>Copy</Button>}
        </DialogActions>
      </DialogBody>
    </AppDialog>
  );
}

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <main><h1 tabIndex={-1}>Page</h1></main>
      <Button data-testid="opener" onClick={() => setOpen(true)}>Open</Button>
      {open && <Flow onClose={() => setOpen(false)} />}
    </>
  );
}

const active = () => document.activeElement as HTMLElement;

describe("AppDialog", () => {
  it("keeps focus inside when the focused button goes away, announces results, and gives focus back to the opener", async () => {
    render(<FluentProvider theme={webLightTheme}><LiveRegionProvider><Page /></LiveRegionProvider></FluentProvider>);
    const opener = screen.getByTestId("opener");
    opener.focus();
    fireEvent.click(opener);
    const next = await screen.findByTestId("next");
    const surface = next.closest(".fui-DialogSurface")!;
    next.focus();
    fireEvent.click(next);
    await screen.findByTestId("second-field");
    await waitFor(() => expect(surface.contains(active())).toBe(true));

    await act(async () => fireEvent.click(screen.getByTestId("copy")));
    expect(screen.getByTestId("live-region").textContent).toBe("Copied.");
    expect(screen.getByTestId("live-region").getAttribute("role")).toBe("status");

    fireEvent.click(screen.getByTestId("cancel"));
    await waitFor(() => expect(screen.queryByTestId("content")).toBeNull());
    await waitFor(() => expect(active()).toBe(opener));
  });
});
