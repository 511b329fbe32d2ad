import type { ReactNode } from "react";
import "./examples.css";

// The live example pages share one look (examples.css); each page is an
// example's own file, which knows nothing of the site's styles.
export default function ExamplesLayout({ children }: { children: ReactNode }) {
  return children;
}
