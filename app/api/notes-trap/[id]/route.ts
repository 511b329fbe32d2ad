import { GET as trapGet, PUT as trapPut } from "@/examples/notes/trap/route";
import { withinOwnReaders } from "@/lib/second-reader";

// The trap runs as written, fenced by the site: only on the caller's own
// notes and their second reader's (POST /api/notes-trap/second-reader).
export const GET = withinOwnReaders(trapGet);
export const PUT = withinOwnReaders(trapPut);
