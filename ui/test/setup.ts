// jsdom lays nothing out, so it has no ResizeObserver; Fluent UI's MessageBar needs one to exist.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;
