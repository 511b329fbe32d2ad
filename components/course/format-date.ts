// Rendered on the server, which does not know the reader's time zone: show
// the day in UTC and say so in the element's dateTime.
export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-US", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
