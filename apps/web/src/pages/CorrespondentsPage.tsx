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
import { plural } from "../format.ts";
import { ROUTES } from "../router.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";
import { LibraryFormActions, LibraryList } from "../components/LibraryList.tsx";
import { LibraryTabs } from "../components/LibraryTabs.tsx";

type Correspondent = RouterOutputs["correspondents"]["list"][number];

export const ALGORITHM_LABELS: Record<MatchAlgorithm, string> = {
  auto: "Learned from your documents",
  any: "Any of the words",
  all: "All of the words",
  exact: "The exact phrase",
  regex: "Regular expression",
  none: "Never by itself",
};
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
        onDone(`Added “${c.name}”.`);
        await refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.correspondents.update.mutationOptions({
      onSuccess: async (c) => {
        onDone(`Saved “${c.name}”.`);
        await refresh();
      },
    }),
  );
  const saving = create.isPending || update.isPending;
  const serverError = formError(create.error ?? update.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.name.trim()) return setProblem("Name it.");
    if (NEEDS_MATCH.has(draft.algorithm) && !draft.match.trim()) return setProblem(draft.algorithm === "regex" ? "Write the pattern." : "Write the words to look for.");
    setProblem(null);
    const fields = { name: draft.name.trim(), algorithm: draft.algorithm, match: draft.match.trim(), caseInsensitive: draft.caseInsensitive };
    if (editing) update.mutate({ id: editing.id, ...fields });
    else create.mutate({ ...fields, personal: isAdmin ? personal : true });
  }

  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <form className={editing ? "library-edit" : "card card-pad"} onSubmit={submit} noValidate aria-label={editing ? `Edit ${editing.name}` : "New correspondent"}>
      {!editing && <h2>New correspondent</h2>}
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={draft.name} maxLength={128} onChange={(e) => set({ name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-algorithm`}>Found by</label>
        <select id={`${id}-algorithm`} value={draft.algorithm} onChange={(e) => set({ algorithm: e.target.value as MatchAlgorithm })}>
          {MATCH_ALGORITHMS.map((a) => (
            <option key={a} value={a}>
              {ALGORITHM_LABELS[a]}
            </option>
          ))}
        </select>
        <p className="hint">
          {draft.algorithm === "auto"
            ? "Set the correspondent on a few of its documents (five is plenty): new ones with a similar letterhead get it."
            : draft.algorithm === "regex"
              ? "RE2 syntax (no look-around or back-references), e.g. Kundennr\\.?\\s*VF-\\d{6}."
              : draft.algorithm === "none"
                ? "Only set by hand, or when an e-mail's sender has this name."
                : "Whole words; put a phrase in quotes for “any”."}
        </p>
      </div>
      {NEEDS_MATCH.has(draft.algorithm) && (
        <div className="field">
          <label htmlFor={`${id}-match`}>{draft.algorithm === "regex" ? "Pattern" : "Words"}</label>
          <input id={`${id}-match`} value={draft.match} maxLength={500} spellCheck={false} onChange={(e) => set({ match: e.target.value })} />
        </div>
      )}
      <div className="field">
        <label className="check check-field">
          <input type="checkbox" checked={draft.caseInsensitive} onChange={(e) => set({ caseInsensitive: e.target.checked })} />
          <span>Ignore upper and lower case</span>
        </label>
      </div>
      {isAdmin && !editing && (
        <div className="field">
          <label className="check check-field">
            <input type="checkbox" checked={personal} onChange={(e) => setPersonal(e.target.checked)} />
            <span>Personal (only me)</span>
          </label>
        </div>
      )}
      <LibraryFormActions saving={saving} editing={editing !== undefined} addLabel="Add correspondent" message={problem ?? serverError} onCancel={() => onDone("")} />
    </form>
  );
}

function ruleText(c: Correspondent): string {
  if (!NEEDS_MATCH.has(c.algorithm)) return ALGORITHM_LABELS[c.algorithm];
  return `${ALGORITHM_LABELS[c.algorithm]}: ${c.match}${c.caseInsensitive ? "" : " (case-sensitive)"}`;
}

export function CorrespondentsPage() {
  const isAdmin = useIsAdmin();
  const list = useQuery(trpc.correspondents.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<Correspondent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation(
    trpc.correspondents.delete.mutationOptions({
      onSuccess: async ({ detached }) => {
        setNotice(`Deleted “${toDelete?.name ?? "correspondent"}”${detached ? `; ${plural(detached, "document")} no longer have one` : ""}.`);
        setToDelete(null);
        await Promise.all([queryClient.invalidateQueries(trpc.correspondents.pathFilter()), queryClient.invalidateQueries(trpc.documents.pathFilter())]);
      },
    }),
  );

  return (
    <Page
      title="Correspondents"
      intro={
        <>
          Who sends your documents. Each new document gets one by its rule, by what your confirmed documents taught, or by an e-mail&apos;s
          sender; one you set by hand stays. {isAdmin ? "Global ones are shared by everyone; a personal one only its owner sees." : "Global ones are managed by admins."}
        </>
      }
    >
      <LibraryTabs current="correspondents" />
      <div className="topics-layout">
        <div className="topics-side">
          <CorrespondentForm onDone={setNotice} />
        </div>
        <LibraryList
          noun="correspondents"
          query={list}
          notice={notice}
          testId="correspondent-item"
          empty={
            <Empty title="No correspondents yet.">
              <p className="muted">Add one with the form; new documents are matched against it.</p>
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
                {ruleText(c)} · {plural(c.documentCount, "document")}
                {c.personal ? " · personal" : " · global"}
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
        title={`Delete “${toDelete?.name ?? ""}”?`}
        confirmLabel="Delete correspondent"
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>
          {toDelete && toDelete.documentCount > 0 ? `${plural(toDelete.documentCount, "document")} will have no correspondent (the documents stay).` : "No documents are from it."} This cannot be
          undone.
        </p>
      </ConfirmDialog>
    </Page>
  );
}
