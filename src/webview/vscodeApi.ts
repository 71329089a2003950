/** The API VS Code gives a webview page: messages to the host, and a saved state that survives hiding. */
export interface VsCodeApi<Out, State> {
  postMessage(msg: Out): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi(): VsCodeApi<unknown, unknown>;

/** This page's VS Code API, typed by what the page sends and what it saves (VS Code allows one call per page). */
export function vsCodeApi<Out, State>(): VsCodeApi<Out, State> {
  return acquireVsCodeApi() as VsCodeApi<Out, State>;
}
