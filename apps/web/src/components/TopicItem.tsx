import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useIsAdmin } from "../auth.ts";
import { fieldErrors, formError } from "../errors.ts";
import { formatNumber, percent, plural } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { thresholdText, toTopicInput, validateTopic } from "../topic-validation.ts";
import { queryClient, trpc, type Topic } from "../trpc.ts";
import { TopicFields, type TopicDraft } from "./TopicFields.tsx";

const messages = defineMessages({
  en: {
    personalTitle: "Only you see this topic",
    globalTitle: "Everyone sees this topic",
    personal: "Personal",
    global: "Global",
    editTopic: (name: string) => `Edit topic ${name}`,
    saving: "Saving…",
    save: "Save",
    cancel: "Cancel",
    noDescription: "No description.",
    documents: (n: number) => plural(n, "document"),
    thresholdTitle: "Confidence needed to apply this topic",
    thresholdGlobal: (global: string | null) => `Threshold: global${global === null ? "" : ` (${global})`}`,
    threshold: (own: string) => `Threshold: ${own}`,
    editName: (name: string) => `Edit ${name}`,
    edit: "Edit",
    deleteName: (name: string) => `Delete ${name}`,
    delete: "Delete",
    readOnly: "Read-only: managed by an admin",
  },
  de: {
    personalTitle: "Nur Sie sehen dieses Thema",
    globalTitle: "Alle sehen dieses Thema",
    personal: "Persönlich",
    global: "Global",
    editTopic: (name) => `Thema ${name} bearbeiten`,
    saving: "Wird gespeichert…",
    save: "Speichern",
    cancel: "Abbrechen",
    noDescription: "Keine Beschreibung.",
    documents: (n) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`),
    thresholdTitle: "Nötige Sicherheit, um dieses Thema zuzuweisen",
    thresholdGlobal: (global) => `Schwelle: global${global === null ? "" : ` (${global})`}`,
    threshold: (own) => `Schwelle: ${own}`,
    editName: (name) => `${name} bearbeiten`,
    edit: "Bearbeiten",
    deleteName: (name) => `${name} löschen`,
    delete: "Löschen",
    readOnly: "Schreibgeschützt: wird von einem Administrator verwaltet",
  },
});

interface Props {
  topic: Topic;
  onDelete: () => void;
  onSaved?: () => void;
  globalThreshold?: number | undefined;
}

/** Whether a topic is shared by everyone or only the caller's (the list holds no one else's personal topics). */
export function TopicScopeBadge({ personal }: { personal: boolean }) {
  const m = useMessages(messages);
  return (
    <span className={`scope-badge ${personal ? "scope-personal" : "scope-global"}`} title={personal ? m.personalTitle : m.globalTitle}>
      {personal ? m.personal : m.global}
    </span>
  );
}

export function TopicItem({ topic, onDelete, onSaved, globalThreshold }: Props) {
  const m = useMessages(messages);
  // ADR 0010: one's own personal topics, and global ones only for admins (the api answers 403 otherwise).
  const canChange = useIsAdmin() || topic.personal;
  const [draft, setDraft] = useState<TopicDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const update = useMutation(
    trpc.topics.update.mutationOptions({
      onSuccess: async () => {
        setDraft(null);
        onSaved?.();
        await Promise.all([
          queryClient.invalidateQueries(trpc.topics.pathFilter()),
          queryClient.invalidateQueries(trpc.documents.pathFilter()),
        ]);
      },
      onError: (err) => setErrors(fieldErrors(err)),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const found = validateTopic(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) update.mutate({ id: topic.id, ...toTopicInput(draft) });
  }

  if (draft) {
    const serverError = formError(update.error);
    return (
      <li className="topic-item topic-editing">
        <form onSubmit={submit} noValidate aria-label={m.editTopic(topic.name)}>
          <TopicFields draft={draft} onChange={setDraft} errors={errors} globalThreshold={globalThreshold} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary btn-sm" disabled={update.isPending}>
              {update.isPending ? m.saving : m.save}
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                setDraft(null);
                update.reset();
              }}
            >
              {m.cancel}
            </button>
            {serverError && (
              <span className="inline-error" role="alert">
                {serverError}
              </span>
            )}
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="topic-item">
      <span className="swatch" style={{ background: topic.color }} aria-hidden="true" />
      <div className="topic-main">
        <p className="topic-name">
          {topic.name} <TopicScopeBadge personal={topic.personal} />
        </p>
        <p className={topic.description ? "topic-description" : "topic-description muted"}>{topic.description || m.noDescription}</p>
      </div>
      <span className="topic-count">
        {m.documents(topic.documentCount)}
        <span className={topic.threshold == null ? "topic-threshold muted" : "topic-threshold"} title={m.thresholdTitle}>
          {topic.threshold == null ? m.thresholdGlobal(globalThreshold === undefined ? null : percent(globalThreshold)) : m.threshold(percent(topic.threshold))}
        </span>
      </span>
      {canChange ? (
        <div className="row-actions">
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            aria-label={m.editName(topic.name)}
            onClick={() => {
              setErrors({});
              setDraft({ name: topic.name, description: topic.description, color: topic.color, threshold: thresholdText(topic.threshold) });
            }}
          >
            {m.edit}
          </button>
          <button type="button" className="btn btn-danger-ghost btn-sm" aria-label={m.deleteName(topic.name)} onClick={onDelete}>
            {m.delete}
          </button>
        </div>
      ) : (
        <p className="topic-readonly">{m.readOnly}</p>
      )}
    </li>
  );
}
