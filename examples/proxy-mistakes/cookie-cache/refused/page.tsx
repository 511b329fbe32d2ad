// Where the getCookieCache proxy sends a request it found no cached session in.
export default function RefusedPage() {
  return (
    <main className="example-page">
      <h1>Refused by the proxy</h1>
      <p data-testid="refused">
        getCookieCache answered null: this request carried no signed copy of a
        session. With the cookie cache off, as on this site, that is every
        request, signed in or not.
      </p>
    </main>
  );
}
