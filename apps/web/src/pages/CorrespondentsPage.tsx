// Correspondents (issue 17, ADR 0030): who sends documents, with the rule that finds them. Global ones (admins)
// and each user's own, like topics. Next to Topics in the nav (a tab on both pages), so the header stays as it is.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { MATCH_ALGORITHMS, type MatchAlgorithm } from "@docscan/shared";
import { useIsAdmin } from "../auth.ts";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { Page } from "../components/Page.tsx";
import { formError } from "../errors.ts";
import { formatNumber, plural } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { ROUTES } from "../router.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";
import { LibraryFormActions, LibraryList } from "../components/LibraryList.tsx";
import { LibraryTabs } from "../components/LibraryTabs.tsx";

type Correspondent = RouterOutputs["correspondents"]["list"][number];

/** Each way of finding a correspondent, keyed by the algorithm: `useMessages(ALGORITHM_LABELS)[algorithm]`. */
export const ALGORITHM_LABELS = defineMessages({
  en: {
    auto: "Learned from your documents",
    any: "Any of the words",
    all: "All of the words",
    exact: "The exact phrase",
    regex: "Regular expression",
    none: "Never by itself",
  } satisfies Record<MatchAlgorithm, string>,
  de: {
    auto: "Aus Ihren Dokumenten gelernt",
    any: "Eines der Wörter",
    all: "Alle Wörter",
    exact: "Genau diese Wortfolge",
    regex: "Regulärer Ausdruck",
    none: "Nie von selbst",
  },
});

const dokumente = (n: number) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`);

const messages = defineMessages({
  en: {
    added: (name: string) => `Added “${name}”.`,
    saved: (name: string) => `Saved “${name}”.`,
    nameIt: "Name it.",
    writePattern: "Write the pattern.",
    writeWords: "Write the words to look for.",
    editName: (name: string) => `Edit ${name}`,
    newCorrespondent: "New correspondent",
    name: "Name",
    foundBy: "Found by",
    autoHint: "Set the correspondent on a few of its documents (five is plenty): new ones with a similar letterhead get it.",
    regexHint: "RE2 syntax (no look-around or back-references), e.g. Kundennr\\.?\\s*VF-\\d{6}.",
    noneHint: "Only set by hand, or when an e-mail's sender has this name.",
    wordsHint: "Whole words; put a phrase in quotes for “any”.",
    pattern: "Pattern",
    words: "Words",
    ignoreCase: "Ignore upper and lower case",
    personal: "Personal (only me)",
    add: "Add correspondent",
    caseSensitive: " (case-sensitive)",
    deleted: (name: string, detached: number) => `Deleted “${name}”${detached ? `; ${plural(detached, "document")} no longer have one` : ""}.`,
    correspondentFallback: "correspondent",
    title: "Correspondents",
    intro: (admin: boolean) =>
      `Who sends your documents. Each new document gets one by its rule, by what your confirmed documents taught, or by an e-mail's sender; one you set by hand stays. ${admin ? "Global ones are shared by everyone; a personal one only its owner sees." : "Global ones are managed by admins."}`,
    noun: "correspondents",
    empty: "No correspondents yet.",
    emptyText: "Add one with the form; new documents are matched against it.",
    documents: (n: number) => plural(n, "document"),
    personalTag: " · personal",
    globalTag: " · global",
    confirmTitle: (name: string) => `Delete “${name}”?`,
    confirmLabel: "Delete correspondent",
    willHaveNone: (n: number) => `${plural(n, "document")} will have no correspondent (the documents stay).`,
    noneFrom: "No documents are from it.",
    cannotUndo: "This cannot be undone.",
  },
  de: {
    added: (name) => `„${name}“ hinzugefügt.`,
    saved: (name) => `„${name}“ gespeichert.`,
    nameIt: "Bitte geben Sie einen Namen ein.",
    writePattern: "Bitte geben Sie das Muster ein.",
    writeWords: "Bitte geben Sie die gesuchten Wörter ein.",
    editName: (name) => `${name} bearbeiten`,
    newCorrespondent: "Neuer Korrespondent",
    name: "Name",
    foundBy: "Erkennung",
    autoHint: "Setzen Sie den Korrespondenten bei einigen seiner Dokumente (fünf genügen): Neue mit ähnlichem Briefkopf erhalten ihn.",
    regexHint: "RE2-Syntax (ohne Lookaround und Rückreferenzen), z. B. Kundennr\\.?\\s*VF-\\d{6}.",
    noneHint: "Nur von Hand gesetzt, oder wenn der Absender einer E-Mail so heißt.",
    wordsHint: "Ganze Wörter; für „Eines der Wörter“ setzen Sie eine Wortfolge in Anführungszeichen.",
    pattern: "Muster",
    words: "Wörter",
    ignoreCase: "Groß- und Kleinschreibung ignorieren",
    personal: "Persönlich (nur ich)",
    add: "Korrespondent hinzufügen",
    caseSensitive: " (Groß-/Kleinschreibung beachten)",
    deleted: (name, detached) =>
      `„${name}“ gelöscht${detached ? `; ${detached === 1 ? "1 Dokument hat" : `${formatNumber(detached)} Dokumente haben`} jetzt keinen Korrespondenten mehr` : ""}.`,
    correspondentFallback: "Korrespondent",
    title: "Korrespondenten",
    intro: (admin) =>
      `Wer Ihnen Dokumente schickt. Jedes neue Dokument erhält einen Korrespondenten über dessen Regel, über das, was Ihre bestätigten Dokumente gelehrt haben, oder über den Absender einer E-Mail; einen von Hand gesetzten behält es. ${admin ? "Globale gelten für alle; einen persönlichen sieht nur sein Eigentümer." : "Globale werden von Administratoren verwaltet."}`,
    noun: "Korrespondenten",
    empty: "Noch keine Korrespondenten.",
    emptyText: "Legen Sie einen mit dem Formular an; neue Dokumente werden damit abgeglichen.",
    documents: dokumente,
    personalTag: " · persönlich",
    globalTag: " · global",
    confirmTitle: (name) => `„${name}“ löschen?`,
    confirmLabel: "Korrespondent löschen",
    willHaveNone: (n) => `${n === 1 ? "1 Dokument hat" : `${formatNumber(n)} Dokumente haben`} dann keinen Korrespondenten mehr (die Dokumente bleiben).`,
    noneFrom: "Von ihm stammen keine Dokumente.",
    cannotUndo: "Das lässt sich nicht rückgängig machen.",
  },
});
const NEEDS_MATCH = new Set<MatchAlgorithm>(["any", "all", "exact", "regex"]);

interface Draft {
  name: string;
  algorithm: MatchAlgorithm;
  match: string;
  caseInsensitive: boolean;
}
const EMPTY: Draft = { name: "", algorithm: "auto", match: "", caseInsensitive: true };

/** The form of a new correspondent, and of one being edited (`editing`). */
function CorrespondentForm({ editing, onDone }: { editing?: Correspondent; onDone: (text: string) => void }) {
  const m = useMessages(messages);
  const algorithms = useMessages(ALGORITHM_LABELS);
  const id = useId();
  const isAdmin = useIsAdmin();
  const [draft, setDraft] = useState<Draft>(editing ? { name: editing.name, algorithm: editing.algorithm, match: editing.match, caseInsensitive: editing.caseInsensitive } : EMPTY);
  const [personal, setPersonal] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.correspondents.pathFilter()), queryClient.invalidateQueries(trpc.documents.pathFilter())]);
  const create = useMutation(
    trpc.correspondents.create.mutationOptions({
      onSuccess: async (c) => {
        setDraft(EMPTY);
        onDone(m.added(c.name));
        await refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.correspondents.update.mutationOptions({
      onSuccess: async (c) => {
        onDone(m.saved(c.name));
        await refresh();
      },
    }),
  );
  const saving = create.isPending || update.isPending;
  const serverError = formError(create.error ?? update.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.name.trim()) return setProblem(m.nameIt);
    if (NEEDS_MATCH.has(draft.algorithm) && !draft.match.trim()) return setProblem(draft.algorithm === "regex" ? m.writePattern : m.writeWords);
    setProblem(null);
    const fields = { name: draft.name.trim(), algorithm: draft.algorithm, match: draft.match.trim(), caseInsensitive: draft.caseInsensitive };
    if (editing) update.mutate({ id: editing.id, ...fields });
    else create.mutate({ ...fields, personal: isAdmin ? personal : true });
  }

  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <form className={editing ? "library-edit" : "card card-pad"} onSubmit={submit} noValidate aria-label={editing ? m.editName(editing.name) : m.newCorrespondent}>
      {!editing && <h2>{m.newCorrespondent}</h2>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{m.name}</label>
        <input id={`${id}-name`} value={draft.name} maxLength={128} onChange={(e) => set({ name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-algorithm`}>{m.foundBy}</label>
        <select id={`${id}-algorithm`} value={draft.algorithm} onChange={(e) => set({ algorithm: e.target.value as MatchAlgorithm })}>
          {MATCH_ALGORITHMS.map((a) => (
            <option key={a} value={a}>
              {algorithms[a]}
            </option>
          ))}
        </select>
        <p className="hint">
          {draft.algorithm === "auto" ? m.autoHint : draft.algorithm === "regex" ? m.regexHint : draft.algorithm === "none" ? m.noneHint : m.wordsHint}
        </p>
      </div>
      {NEEDS_MATCH.has(draft.algorithm) && (
        <div className="field">
          <label htmlFor={`${id}-match`}>{draft.algorithm === "regex" ? m.pattern : m.words}</label>
          <input id={`${id}-match`} value={draft.match} maxLength={500} spellCheck={false} onChange={(e) => set({ match: e.target.value })} />
        </div>
      )}
      <div className="field">
        <label className="check check-field">
          <input type="checkbox" checked={draft.caseInsensitive} onChange={(e) => set({ caseInsensitive: e.target.checked })} />
          <span>{m.ignoreCase}</span>
        </label>
      </div>
      {isAdmin && !editing && (
        <div className="field">
          <label className="check check-field">
            <input type="checkbox" checked={personal} onChange={(e) => setPersonal(e.target.checked)} />
            <span>{m.personal}</span>
          </label>
        </div>
      )}
      <LibraryFormActions saving={saving} editing={editing !== undefined} addLabel={m.add} message={problem ?? serverError} onCancel={() => onDone("")} />
    </form>
  );
}

function ruleText(c: Correspondent, algorithms: (typeof ALGORITHM_LABELS)["en"], caseSensitive: string): string {
  if (!NEEDS_MATCH.has(c.algorithm)) return algorithms[c.algorithm];
  return `${algorithms[c.algorithm]}: ${c.match}${c.caseInsensitive ? "" : caseSensitive}`;
}

export function CorrespondentsPage() {
  const m = useMessages(messages);
  const algorithms = useMessages(ALGORITHM_LABELS);
  const isAdmin = useIsAdmin();
  const list = useQuery(trpc.correspondents.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<Correspondent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation(
    trpc.correspondents.delete.mutationOptions({
      onSuccess: async ({ detached }) => {
        setNotice(m.deleted(toDelete?.name ?? m.correspondentFallback, detached));
        setToDelete(null);
        await Promise.all([queryClient.invalidateQueries(trpc.correspondents.pathFilter()), queryClient.invalidateQueries(trpc.documents.pathFilter())]);
      },
    }),
  );

  return (
    <Page
      title={m.title}
      intro={m.intro(isAdmin)}
    >
      <LibraryTabs current="correspondents" />
      <div className="topics-layout">
        <div className="topics-side">
          <CorrespondentForm onDone={setNotice} />
        </div>
        <LibraryList
          noun={m.noun}
          query={list}
          notice={notice}
          testId="correspondent-item"
          empty={
            <Empty title={m.empty}>
              <p className="muted">{m.emptyText}</p>
            </Empty>
          }
          editingId={editing}
          editor={(c) => (
            <CorrespondentForm
              editing={c}
              onDone={(text) => {
                setEditing(null);
                setNotice(text || null);
              }}
            />
          )}
          main={(c) => (
            <>
              <Link href={`${ROUTES.documents}?correspondent=${c.id}`} className="library-name">
                {c.name}
              </Link>
              <span className="muted small">
                {ruleText(c, algorithms, m.caseSensitive)} · {m.documents(c.documentCount)}
                {c.personal ? m.personalTag : m.globalTag}
              </span>
            </>
          )}
          canChange={(c) => c.personal || isAdmin}
          onEdit={(c) => setEditing(c.id)}
          onDelete={(c) => {
            remove.reset();
            setToDelete(c);
          }}
        />
      </div>

      <ConfirmDialog
        open={toDelete !== null}
        title={m.confirmTitle(toDelete?.name ?? "")}
        confirmLabel={m.confirmLabel}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>
          {toDelete && toDelete.documentCount > 0 ? m.willHaveNone(toDelete.documentCount) : m.noneFrom} {m.cannotUndo}
        </p>
      </ConfirmDialog>
    </Page>
  );
}
