import {
  GET as trapGet,
  PUT as trapPut,
} from "@/examples/authorization/trap/route";
import { withinOwnReaders } from "@/lib/second-reader";

// The trap runs as written, fenced by the site: only on the caller's own
// notes and their second reader's (POST /api/examples/authorization/trap/second-reader).
export const GET = withinOwnReaders(trapGet);
export const PUT = withinOwnReaders(trapPut);
