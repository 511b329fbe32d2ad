// The status line of a response, green below 400 and red from 400 on.
export function ResponseStatus({
  status,
  statusText,
  testId,
}: {
  status: number;
  statusText: string;
  testId: string;
}) {
  return (
    <p>
      Status:{" "}
      <strong
        data-testid={testId}
        className={status < 400 ? "status-ok" : "status-error"}
      >
        {status} {statusText}
      </strong>
    </p>
  );
}
