// The sandbox's entry: the bridge first, so that App's fetch("/api/…") calls
// reach the docs page; then the app, as the template renders it.
import "./docs-page-bridge";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./styles.css";
// @ts-expect-error: App.tsx exists only in the sandbox, a copy of the lesson page's file.
import App from "./App";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
