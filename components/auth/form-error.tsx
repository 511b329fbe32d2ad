// The form-level error, announced by screen readers as soon as it appears.
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="auth-form-error">
      {message}
    </p>
  );
}
