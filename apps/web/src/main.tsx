import "./zod-config.ts";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { initLocale, useLocale } from "./i18n.ts";
import { initTheme } from "./theme.ts";
import { queryClient } from "./trpc.ts";
import "./styles.css";
import "./narrow.css";

initTheme();
initLocale();

/** A language switch remounts the app, so every text and formatted date or number follows at once. */
function Root() {
  const locale = useLocale();
  return <App key={locale} />;
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
