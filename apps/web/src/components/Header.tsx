import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { signedOut, type Account } from "../auth.ts";
import { errorMessage } from "../errors.ts";
import { formatNumber } from "../format.ts";
import { closeSessionGate, NOT_SENT_SIGNED_OUT, reopenSessionGate } from "../session-gate.ts";
import { defineMessages, LOCALE_NAMES, LOCALES, setLocale, useLocale, useMessages, type Locale } from "../i18n.ts";
import { ADMIN_ROUTES, ROUTES, type RouteName } from "../router.ts";
import { setTheme, THEME_CHOICES, useTheme, type ThemeChoice } from "../theme.ts";
import { trpc } from "../trpc.ts";
import { cancelWaiting, holdWaiting, releaseWaiting, useUploads } from "../uploads.ts";
import { Link } from "./Link.tsx";

const messages = defineMessages({
  en: {
    documents: "Documents",
    upload: "Upload",
    review: "Review",
    topics: "Topics",
    trash: "Trash",
    mail: "Mail",
    activity: "Activity",
    settings: "Settings",
    users: "Users",
    audit: "Audit",
    main: "Main",
    home: "docscan home: dashboard",
    menu: "Menu",
    uploading: (n: number) => `${formatNumber(n)} uploading`,
    waitingForReview: (n: number) => `${formatNumber(n)} waiting for review`,
    yourAccount: "Your account",
    account: "Account",
    signingOut: "Signing out…",
    signOut: "Sign out",
    couldNotSignOut: "Could not sign out:",
    language: "Language",
    admin: "admin",
    member: "member",
    notSent: NOT_SENT_SIGNED_OUT,
    system: "System",
    light: "Light",
    dark: "Dark",
    theme: (name: string) => `Theme: ${name}`,
    themeTitle: (name: string, system: boolean, next: string) => `Theme: ${name}${system ? " (follows your device)" : ""}. Click for ${next.toLowerCase()}.`,
  },
  de: {
    documents: "Dokumente",
    upload: "Hochladen",
    review: "Prüfen",
    topics: "Themen",
    trash: "Papierkorb",
    mail: "E-Mail",
    activity: "Aktivität",
    settings: "Einstellungen",
    users: "Benutzer",
    audit: "Protokoll",
    main: "Hauptmenü",
    home: "docscan-Startseite: Übersicht",
    menu: "Menü",
    uploading: (n: number) => `${formatNumber(n)} werden hochgeladen`,
    waitingForReview: (n: number) => `${formatNumber(n)} warten auf Prüfung`,
    yourAccount: "Ihr Konto",
    account: "Konto",
    signingOut: "Abmelden…",
    signOut: "Abmelden",
    couldNotSignOut: "Abmelden fehlgeschlagen:",
    language: "Sprache",
    admin: "Admin",
    member: "Mitglied",
    notSent: "nicht gesendet: Sie haben sich abgemeldet",
    system: "System",
    light: "Hell",
    dark: "Dunkel",
    theme: (name: string) => `Design: ${name}`,
    themeTitle: (name: string, system: boolean, next: string) => `Design: ${name}${system ? " (wie Ihr Gerät)" : ""}. Klicken für ${next}.`,
  },
});

const NAV = ["documents", "upload", "review", "topics", "trash", "mail", "activity", "settings", "users", "audit"] as const satisfies readonly (keyof typeof ROUTES)[];

export function Header({ route, account }: { route: RouteName | null; account: Account }) {
  const m = useMessages(messages);
  const nav = account.role === "admin" ? NAV : NAV.filter((item) => !ADMIN_ROUTES.has(item));
  const active = useUploads().filter((u) => u.state === "uploading" || u.state === "queued").length;
  // Suggestions waiting for a person; the inbox and every accept/reject refresh it too.
  const waiting = useQuery({ ...trpc.review.list.queryOptions({ limit: 1 }), refetchInterval: 15_000 }).data?.total ?? 0;
  // On narrow screens (styles.css, "phones") the nav and the session menu fold into a Menu button.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const headerRef = useRef<HTMLElement>(null);
  useEffect(() => setMenuOpen(false), [route]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setMenuOpen(false);
    };
    const onClick = (e: MouseEvent) => {
      if (!headerRef.current?.contains(e.target as Node)) setMenuOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [menuOpen]);
  return (
    <header className="app-header" ref={headerRef}>
      <div className="container app-header-inner">
        {/* The dashboard (the landing page) has no nav link of its own: the laptop header has no room left (ADR 0031). */}
        <Link href={ROUTES.dashboard} className="brand" aria-label={m.home} aria-current={route === "dashboard" ? "page" : undefined}>
          <img src="/favicon.svg" alt="" width={26} height={26} />
          <span>docscan</span>
        </Link>
        <button type="button" className="btn btn-secondary btn-sm menu-toggle" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setMenuOpen((o) => !o)}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d={menuOpen ? "M4 4l8 8M12 4l-8 8" : "M2 4h12M2 8h12M2 12h12"} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          {m.menu}
          {(active > 0 || waiting > 0) && <span className="menu-dot" aria-hidden="true" />}
        </button>
        <div className="header-menu" id={menuId} data-open={menuOpen || undefined}>
          <nav aria-label={m.main}>
            <ul className="nav">
              {nav.map((item) => (
                <li key={item}>
                  <Link href={ROUTES[item]} className="nav-link" aria-current={route === item || (route === "document" && item === "documents") ? "page" : undefined}>
                    {m[item]}
                    {item === "upload" && active > 0 && (
                      <span className="nav-badge" aria-label={m.uploading(active)}>
                        {formatNumber(active)}
                      </span>
                    )}
                    {item === "review" && waiting > 0 && (
                      <span className="nav-badge" aria-label={m.waitingForReview(waiting)} data-testid="review-badge">
                        {waiting > 99 ? `${formatNumber(99)}+` : formatNumber(waiting)}
                      </span>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SessionMenu account={account} current={route === "account"} />
        </div>
      </div>
    </header>
  );
}

function SessionMenu({ account, current }: { account: Account; current: boolean }) {
  const m = useMessages(messages);
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onMutate: async () => {
        holdWaiting();
        await closeSessionGate();
      },
      onSuccess: () => {
        cancelWaiting(m.notSent);
        signedOut();
      },
      onError: () => {
        releaseWaiting();
        reopenSessionGate();
      },
    }),
  );
  return (
    <div className="session-menu">
      {/* Who is signed in is the link to their account: on a laptop the e-mail stands for the word. */}
      <Link href={ROUTES.account} className="nav-link session-account" aria-current={current ? "page" : undefined} title={m.yourAccount}>
        <span className="session-account-word">{m.account}</span>
        <span className="session-email">{account.email}</span>
        <span className={`role-tag role-${account.role}`}>{m[account.role]}</span>
      </Link>
      <LanguageSelect />
      <ThemeButton />
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => logout.mutate()} disabled={logout.isPending}>
        {logout.isPending ? m.signingOut : m.signOut}
      </button>
      {logout.isError && (
        <span className="inline-error session-error" role="alert">
          {m.couldNotSignOut} {errorMessage(logout.error)}
        </span>
      )}
    </div>
  );
}

const THEME_ICONS: Record<ThemeChoice, string> = {
  system: "M2.5 3.5h11v7h-11zM6 13.5h4M8 10.5v3",
  light: "M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1",
  dark: "M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7z",
};

/** One button that steps through system (the device's light or dark setting), light and dark; remembered in this browser. */
function ThemeButton() {
  const m = useMessages(messages);
  const theme = useTheme();
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(theme) + 1) % THEME_CHOICES.length]!;
  return (
    <button
      type="button"
      className="btn btn-ghost btn-sm theme-button"
      onClick={() => setTheme(next)}
      aria-label={m.theme(m[theme])}
      title={m.themeTitle(m[theme], theme === "system", m[next])}
      data-theme-choice={theme}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d={THEME_ICONS[theme]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="theme-button-label" aria-hidden="true">
        {m.theme(m[theme])}
      </span>
    </button>
  );
}

/** The console's language: the browser's by default; a choice here is remembered in this browser. */
function LanguageSelect() {
  const m = useMessages(messages);
  const locale = useLocale();
  return (
    <select className="language-select" aria-label={m.language} title={m.language} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
