import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { DEFAULT_TOPIC_COLOR, nextTopicColor } from "@docscan/shared";
import { useIsAdmin } from "../auth.ts";
import { fieldErrors, formError } from "../errors.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { toTopicInput, validateTopic } from "../topic-validation.ts";
import { queryClient, trpc } from "../trpc.ts";
import { TopicFields, type TopicDraft } from "./TopicFields.tsx";

const messages = defineMessages({
  en: {
    created: (name: string) => `Created “${name}”.`,
    exists: (name: string) => `A topic named “${name}” already exists; nothing was created.`,
    title: "New topic",
    memberScope: "It will be a personal topic: only you see it.",
    personal: "Personal (only me)",
    personalHint: "Only you see it and only your documents get it.",
    globalHint: "Global: every user sees it and all documents can get it.",
    creating: "Creating…",
    create: "Create topic",
  },
  de: {
    created: (name) => `„${name}“ angelegt.`,
    exists: (name) => `Ein Thema namens „${name}“ gibt es schon; es wurde nichts angelegt.`,
    title: "Neues Thema",
    memberScope: "Es wird ein persönliches Thema: Nur Sie sehen es.",
    personal: "Persönlich (nur ich)",
    personalHint: "Nur Sie sehen es, und nur Ihre Dokumente erhalten es.",
    globalHint: "Global: Alle Benutzer sehen es, und alle Dokumente können es erhalten.",
    creating: "Wird angelegt…",
    create: "Thema anlegen",
  },
});

const EMPTY: TopicDraft = { name: "", description: "", color: DEFAULT_TOPIC_COLOR, threshold: "" };

export function TopicCreateForm({ globalThreshold, onCreated }: { globalThreshold?: number | undefined; onCreated?: () => void }) {
  const m = useMessages(messages);
  const id = useId();
  const isAdmin = useIsAdmin();
  const topics = useQuery(trpc.topics.list.queryOptions());
  const suggested = nextTopicColor(topics.data?.map((t) => t.color) ?? []);
  const [draft, setDraft] = useState<TopicDraft>(EMPTY);
  // An untouched form takes the next free colour, so new topics do not all look alike.
  if (draft === EMPTY && suggested !== EMPTY.color) setDraft({ ...EMPTY, color: suggested });
  // Admins create global topics unless they tick this; members' topics are always personal (ADR 0010).
  const [personal, setPersonal] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: "ok" | "warn"; text: string } | null>(null);

  const create = useMutation(
    trpc.topics.create.mutationOptions({
      onSuccess: async ({ topic, created }) => {
        if (created) {
          setDraft({ ...EMPTY, color: nextTopicColor([...(topics.data?.map((t) => t.color) ?? []), topic.color]) });
          setPersonal(false);
          setNotice({ kind: "ok", text: m.created(topic.name) });
          onCreated?.();
        } else {
          setNotice({ kind: "warn", text: m.exists(topic.name) });
        }
        await queryClient.invalidateQueries(trpc.topics.pathFilter());
      },
      onError: (err) => setErrors(fieldErrors(err)),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const found = validateTopic(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate({ ...toTopicInput(draft), personal: isAdmin ? personal : true });
  }

  const serverError = formError(create.error);

  return (
    <form className="card card-pad" onSubmit={submit} noValidate aria-labelledby="new-topic-title">
      <h2 id="new-topic-title">{m.title}</h2>
      {!isAdmin && <p className="hint topic-create-scope">{m.memberScope}</p>}
      <TopicFields
        draft={draft}
        errors={errors}
        globalThreshold={globalThreshold}
        onChange={(d) => {
          setDraft(d);
          setNotice(null);
        }}
      />
      {isAdmin && (
        <div className="field">
          <label className="check check-field">
            <input type="checkbox" checked={personal} onChange={(e) => setPersonal(e.target.checked)} aria-describedby={`${id}-personal-hint`} />
            <span>{m.personal}</span>
          </label>
          <p id={`${id}-personal-hint`} className="hint">
            {personal ? m.personalHint : m.globalHint}
          </p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? m.creating : m.create}
        </button>
        <span aria-live="polite">
          {notice && <span className={notice.kind === "ok" ? "text-ok" : "text-warn"}>{notice.text}</span>}
          {serverError && (
            <span className="inline-error" role="alert">
              {serverError}
            </span>
          )}
        </span>
      </div>
    </form>
  );
}
