// What a form's Server Action hands back to useActionState: whether it did
// what the form asked, and one sentence for the reader (never an Error: React
// strips its message in production). null before the first submit. An action
// that hands back more, such as what the reader typed, adds it in `More`.
export type ActionState<More extends object = object> =
  ({ ok: boolean; message: string } & More) | null;
