import type { ReactNode } from "react";
import "./auth.css";

// The frame around the sign-in and sign-up forms, sized for reading on a phone too.
export function AuthPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="auth-page">
      <h1>{title}</h1>
      <p className="auth-intro">{intro}</p>
      {children}
    </main>
  );
}
