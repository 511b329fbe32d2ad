import type { MetaRecord } from "nextra";

// The sidebar reads as a course, top to bottom.
const meta: MetaRecord = {
  index: "Introduction",
};

export default meta;
