import type { MetaRecord } from "nextra";

// The sidebar reads as a course, top to bottom. Routes of app/ that are not
// lessons (the sign-in pages, the live examples) are listed here as hidden,
// or Nextra would add them to the sidebar.
const meta: MetaRecord = {
  index: "Introduction",
  login: { display: "hidden" },
  signup: { display: "hidden" },
};

export default meta;
