// Adding or editing a mail account (ADR 0020): server, sign-in, folders to watch, and the rules that decide
// what a message becomes. The password is write-only: never shown again; left empty on edit it stays.
import { useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import type { inferRouterInputs } from "@trpc/server";
import type { AppRouter } from "@docscan/api/router";
import { errorMessage } from "../errors.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { trpc, type RouterOutputs } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { TextField } from "./TextField.tsx";
import "./MailAccounts.css";

type Inputs = inferRouterInputs<AppRouter>;
export type MailAccount = RouterOutputs["mail"]["list"][number];
// The form always fills every field of a rule (the schema's defaults make them optional in the input type).
type Rule = Required<Inputs["mail"]["create"]["rules"][number]>;
type Condition = Rule["conditions"][number];
export type MailAccountInput = Inputs["mail"]["create"];

const messages = defineMessages({
  en: {
    fieldFrom: "From",
    fieldTo: "To / Cc",
    fieldSubject: "Subject",
    fieldBody: "Body text",
    fieldAttachment: "Attachment name",
    importAttachments: "Attachments only",
    importMessage: "The e-mail itself",
    importBoth: "Attachments and the e-mail",
    afterSeen: "Mark as read",
    afterFlag: "Flag it",
    afterMove: "Move it to a folder",
    afterDelete: "Delete it",
    afterNone: "Leave it as it is",
    badPort: "the port is a number from 1 to 65535 (IMAP: 993 with TLS, 143 without)",
    noFolders: "watch at least one folder, e.g. INBOX",
    noPassword: "enter the password",
    edit: (name: string) => `Edit ${name}`,
    add: "Add a mail account",
    name: "Name",
    nameExample: "Invoices mailbox",
    server: "IMAP server",
    port: "Port",
    portHint: "993 with TLS, 143 without",
    useTls: "Use TLS (recommended)",
    checkAccount: "Check this account",
    userName: "User name",
    password: "Password",
    unchanged: "unchanged",
    passwordKept: "Stored encrypted and never shown again. Leave empty to keep the saved one.",
    passwordNew: "Stored encrypted and never shown again.",
    folders: "Folders to watch",
    foldersHint: "Separated by commas, e.g. INBOX, Invoices. 'Check connection' lists the server's folders.",
    rules: "Rules",
    rulesHint: "Checked in order for every new message; the first whose conditions all match decides. A message no rule matches is left alone (and not imported).",
    addRule: "Add a rule",
    saving: "Saving…",
    saveAccount: "Save account",
    addAccount: "Add account",
    cancel: "Cancel",
    rule: (n: number) => `Rule ${n}`,
    ruleName: "Rule name",
    moveUp: (rule: string) => `Move ${rule} up`,
    moveDown: (rule: string) => `Move ${rule} down`,
    removeRule: (rule: string) => `Remove ${rule}`,
    remove: "Remove",
    matchesEvery: "Matches every message.",
    matchesWhen: "Matches when all of these hold:",
    field: "Field",
    match: "Match",
    contains: "contains",
    regex: "matches the regular expression",
    text: "Text",
    textExample: "invoice",
    removeCondition: "Remove this condition",
    addCondition: "Add a condition",
    import: "Import",
    then: "Then, on the server",
    moveTo: "Move to folder",
    moveToExample: "Archive",
    attachmentNames: "Attachment names containing",
    attachmentNamesHint: "Empty: every attachment.",
    minSize: "Skip attachments smaller than (KB)",
    minSizeHint: "Logos and signatures are small.",
    fileIn: "File in folder",
    noFolder: "No folder",
    topics: "Topics",
    noTopics: "No topics yet: documents are classified as usual.",
  },
  de: {
    fieldFrom: "Von",
    fieldTo: "An / Cc",
    fieldSubject: "Betreff",
    fieldBody: "Nachrichtentext",
    fieldAttachment: "Name des Anhangs",
    importAttachments: "Nur Anhänge",
    importMessage: "Die E-Mail selbst",
    importBoth: "Anhänge und die E-Mail",
    afterSeen: "Als gelesen markieren",
    afterFlag: "Markieren (Flagge)",
    afterMove: "In einen Ordner verschieben",
    afterDelete: "Löschen",
    afterNone: "Unverändert lassen",
    badPort: "Der Port ist eine Zahl von 1 bis 65535 (IMAP: 993 mit TLS, 143 ohne)",
    noFolders: "Überwachen Sie mindestens einen Ordner, z. B. INBOX",
    noPassword: "Geben Sie das Passwort ein",
    edit: (name: string) => `${name} bearbeiten`,
    add: "E-Mail-Konto hinzufügen",
    name: "Name",
    nameExample: "Postfach für Rechnungen",
    server: "IMAP-Server",
    port: "Port",
    portHint: "993 mit TLS, 143 ohne",
    useTls: "TLS verwenden (empfohlen)",
    checkAccount: "Dieses Konto abrufen",
    userName: "Benutzername",
    password: "Passwort",
    unchanged: "unverändert",
    passwordKept: "Verschlüsselt gespeichert und nie wieder angezeigt. Leer lassen, um das gespeicherte zu behalten.",
    passwordNew: "Verschlüsselt gespeichert und nie wieder angezeigt.",
    folders: "Überwachte Ordner",
    foldersHint: "Durch Kommas getrennt, z. B. INBOX, Rechnungen. „Verbindung prüfen“ listet die Ordner des Servers auf.",
    rules: "Regeln",
    rulesHint: "Werden für jede neue Nachricht der Reihe nach geprüft; es entscheidet die erste, deren Bedingungen alle zutreffen. Eine Nachricht, auf die keine Regel zutrifft, bleibt unberührt (und wird nicht importiert).",
    addRule: "Regel hinzufügen",
    saving: "Wird gespeichert…",
    saveAccount: "Konto speichern",
    addAccount: "Konto hinzufügen",
    cancel: "Abbrechen",
    rule: (n: number) => `Regel ${n}`,
    ruleName: "Name der Regel",
    moveUp: (rule: string) => `${rule} nach oben`,
    moveDown: (rule: string) => `${rule} nach unten`,
    removeRule: (rule: string) => `${rule} entfernen`,
    remove: "Entfernen",
    matchesEvery: "Trifft auf jede Nachricht zu.",
    matchesWhen: "Trifft zu, wenn all dies gilt:",
    field: "Feld",
    match: "Vergleich",
    contains: "enthält",
    regex: "passt zum regulären Ausdruck",
    text: "Text",
    textExample: "Rechnung",
    removeCondition: "Diese Bedingung entfernen",
    addCondition: "Bedingung hinzufügen",
    import: "Importieren",
    then: "Danach auf dem Server",
    moveTo: "In Ordner verschieben",
    moveToExample: "Archiv",
    attachmentNames: "Anhangsnamen enthalten",
    attachmentNamesHint: "Leer: jeder Anhang.",
    minSize: "Anhänge kleiner als (KB) überspringen",
    minSizeHint: "Logos und Signaturen sind klein.",
    fileIn: "Ablegen in Ordner",
    noFolder: "Kein Ordner",
    topics: "Themen",
    noTopics: "Noch keine Themen: Dokumente werden wie gewohnt eingeordnet.",
  },
});
type Messages = (typeof messages)["en"];
/** The keys of the messages that take no values: an option's label. */
type Label = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

const FIELDS: { value: Condition["field"]; label: Label }[] = [
  { value: "from", label: "fieldFrom" },
  { value: "to", label: "fieldTo" },
  { value: "subject", label: "fieldSubject" },
  { value: "body", label: "fieldBody" },
  { value: "attachment", label: "fieldAttachment" },
];
const IMPORTS: { value: Rule["import"]; label: Label }[] = [
  { value: "attachments", label: "importAttachments" },
  { value: "message", label: "importMessage" },
  { value: "both", label: "importBoth" },
];
const AFTER: { value: Rule["after"]; label: Label }[] = [
  { value: "seen", label: "afterSeen" },
  { value: "flag", label: "afterFlag" },
  { value: "move", label: "afterMove" },
  { value: "delete", label: "afterDelete" },
  { value: "none", label: "afterNone" },
];

export const newRule = (): Rule => ({
  name: "",
  conditions: [],
  import: "attachments",
  attachmentNameContains: "",
  minAttachmentBytes: 0,
  folderId: null,
  topicIds: [],
  after: "seen",
  moveTo: "",
});

interface Draft {
  name: string;
  host: string;
  port: string;
  tls: boolean;
  username: string;
  password: string;
  folders: string;
  enabled: boolean;
  rules: Rule[];
}

function draftOf(account: MailAccount | null): Draft {
  if (!account) return { name: "", host: "", port: "993", tls: true, username: "", password: "", folders: "INBOX", enabled: true, rules: [newRule()] };
  return {
    name: account.name,
    host: account.host,
    port: String(account.port),
    tls: account.tls,
    username: account.username,
    password: "",
    folders: account.folders.join(", "),
    enabled: account.enabled,
    rules: account.rules.map((r) => ({ ...newRule(), ...r })),
  };
}

interface Props {
  /** The account to edit; null adds a new one. */
  account: MailAccount | null;
  busy: boolean;
  error: unknown;
  onSubmit: (input: MailAccountInput & { password?: string }) => void;
  onCancel: () => void;
}

export function MailAccountForm({ account, busy, error, onSubmit, onCancel }: Props) {
  const m = useMessages(messages);
  const id = useId();
  const [d, setD] = useState<Draft>(() => draftOf(account));
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((prev) => ({ ...prev, [key]: value }));
  const setRule = (i: number, rule: Rule) => set("rules", d.rules.map((r, j) => (j === i ? rule : r)));

  function submit(e: FormEvent) {
    e.preventDefault();
    const port = Number(d.port);
    const folders = d.folders
      .split(",")
      .map((f) => f.trim())
      .filter(Boolean);
    // The server validates everything again (and says what is wrong); these are the mistakes worth catching early.
    if (!Number.isInteger(port) || port < 1 || port > 65535) return setProblem(m.badPort);
    if (folders.length === 0) return setProblem(m.noFolders);
    if (!account && !d.password) return setProblem(m.noPassword);
    setProblem(null);
    const { password, ...rest } = d;
    onSubmit({ ...rest, port, folders, ...(password ? { password } : {}) } as MailAccountInput);
  }

  return (
    <form className="card card-pad mail-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{account ? m.edit(account.name) : m.add}</h2>
      <div className="field-row">
        <TextField label={m.name} value={d.name} onChange={(v) => set("name", v)} placeholder={m.nameExample} autoComplete="off" />
        <TextField label={m.server} value={d.host} onChange={(v) => set("host", v)} placeholder="imap.example.com" autoComplete="off" spellCheck={false} />
      </div>
      <div className="field-row">
        <TextField label={m.port} value={d.port} onChange={(v) => set("port", v)} inputMode="numeric" hint={m.portHint} />
        <div className="field">
          <label className="check" htmlFor={`${id}-tls`}>
            <input id={`${id}-tls`} type="checkbox" checked={d.tls} onChange={(e) => set("tls", e.target.checked)} /> {m.useTls}
          </label>
          <label className="check" htmlFor={`${id}-enabled`}>
            <input id={`${id}-enabled`} type="checkbox" checked={d.enabled} onChange={(e) => set("enabled", e.target.checked)} /> {m.checkAccount}
          </label>
        </div>
      </div>
      <div className="field-row">
        <TextField label={m.userName} value={d.username} onChange={(v) => set("username", v)} autoComplete="off" spellCheck={false} />
        <TextField
          label={m.password}
          type="password"
          value={d.password}
          onChange={(v) => set("password", v)}
          autoComplete="new-password"
          placeholder={account ? m.unchanged : ""}
          hint={account ? m.passwordKept : m.passwordNew}
        />
      </div>
      <TextField
        label={m.folders}
        value={d.folders}
        onChange={(v) => set("folders", v)}
        hint={m.foldersHint}
        spellCheck={false}
      />

      <fieldset className="mail-rules">
        <legend>{m.rules}</legend>
        <p className="hint">{m.rulesHint}</p>
        {d.rules.map((rule, i) => (
          <RuleEditor
            key={i}
            index={i}
            rule={rule}
            count={d.rules.length}
            onChange={(r) => setRule(i, r)}
            onRemove={() => set("rules", d.rules.filter((_, j) => j !== i))}
            onMove={(to) => {
              const next = [...d.rules];
              const [moved] = next.splice(i, 1);
              next.splice(to, 0, moved!);
              set("rules", next);
            }}
          />
        ))}
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => set("rules", [...d.rules, newRule()])}>
          {m.addRule}
        </button>
      </fieldset>

      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <InlineError error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? m.saving : account ? m.saveAccount : m.addAccount}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={busy}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

interface RuleProps {
  index: number;
  rule: Rule;
  count: number;
  onChange: (rule: Rule) => void;
  onRemove: () => void;
  onMove: (to: number) => void;
}

function RuleEditor({ index, rule, count, onChange, onRemove, onMove }: RuleProps) {
  const m = useMessages(messages);
  const id = useId();
  const topics = useQuery(trpc.topics.list.queryOptions());
  const folders = useQuery(trpc.folders.list.queryOptions());
  const set = <K extends keyof Rule>(key: K, value: Rule[K]) => onChange({ ...rule, [key]: value });
  const setCondition = (i: number, c: Condition) => set("conditions", rule.conditions.map((x, j) => (j === i ? c : x)));
  const label = rule.name || m.rule(index + 1);

  return (
    <fieldset className="mail-rule" aria-label={label}>
      <div className="mail-rule-head">
        <strong>{index + 1}.</strong>
        <TextField label={m.ruleName} value={rule.name} onChange={(v) => set("name", v)} placeholder={m.rule(index + 1)} className="mail-rule-name" />
        <div className="row-actions">
          <button type="button" className="btn btn-xs" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={m.moveUp(label)}>
            ↑
          </button>
          <button type="button" className="btn btn-xs" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={m.moveDown(label)}>
            ↓
          </button>
          <button type="button" className="btn btn-danger-ghost btn-xs" onClick={onRemove} aria-label={m.removeRule(label)}>
            {m.remove}
          </button>
        </div>
      </div>

      <div className="mail-conditions">
        <p className="small muted">{rule.conditions.length === 0 ? m.matchesEvery : m.matchesWhen}</p>
        {rule.conditions.map((c, i) => (
          <div className="mail-condition" key={i}>
            <select aria-label={m.field} value={c.field} onChange={(e) => setCondition(i, { ...c, field: e.target.value as Condition["field"] })}>
              {FIELDS.map((f) => (
                <option key={f.value} value={f.value}>
                  {m[f.label]}
                </option>
              ))}
            </select>
            <select aria-label={m.match} value={c.op} onChange={(e) => setCondition(i, { ...c, op: e.target.value as Condition["op"] })}>
              <option value="contains">{m.contains}</option>
              <option value="regex">{m.regex}</option>
            </select>
            <input aria-label={m.text} value={c.value} onChange={(e) => setCondition(i, { ...c, value: e.target.value })} placeholder={m.textExample} />
            <button type="button" className="btn btn-ghost btn-xs" aria-label={m.removeCondition} onClick={() => set("conditions", rule.conditions.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => set("conditions", [...rule.conditions, { field: "subject", op: "contains", value: "" }])}>
          {m.addCondition}
        </button>
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-import`}>{m.import}</label>
          <select id={`${id}-import`} value={rule.import} onChange={(e) => set("import", e.target.value as Rule["import"])}>
            {IMPORTS.map((o) => (
              <option key={o.value} value={o.value}>
                {m[o.label]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-after`}>{m.then}</label>
          <select id={`${id}-after`} value={rule.after} onChange={(e) => set("after", e.target.value as Rule["after"])}>
            {AFTER.map((o) => (
              <option key={o.value} value={o.value}>
                {m[o.label]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rule.after === "move" && <TextField label={m.moveTo} value={rule.moveTo} onChange={(v) => set("moveTo", v)} placeholder={m.moveToExample} />}
      {rule.import !== "message" && (
        <div className="field-row">
          <TextField
            label={m.attachmentNames}
            value={rule.attachmentNameContains}
            onChange={(v) => set("attachmentNameContains", v)}
            placeholder=".pdf"
            hint={m.attachmentNamesHint}
          />
          <TextField
            label={m.minSize}
            value={String(Math.round(rule.minAttachmentBytes / 1024))}
            onChange={(v) => set("minAttachmentBytes", Math.max(0, Math.round(Number(v) || 0)) * 1024)}
            inputMode="numeric"
            hint={m.minSizeHint}
          />
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-folder`}>{m.fileIn}</label>
          <select id={`${id}-folder`} value={rule.folderId ?? ""} onChange={(e) => set("folderId", e.target.value || null)}>
            <option value="">{m.noFolder}</option>
            {(folders.data ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          {folders.error && <p className="field-error">{errorMessage(folders.error)}</p>}
        </div>
        <fieldset className="field mail-rule-topics">
          <legend>{m.topics}</legend>
          {(topics.data ?? []).length === 0 && <p className="hint">{m.noTopics}</p>}
          {(topics.data ?? []).map((t) => (
            <label key={t.id} className="check">
              <input
                type="checkbox"
                checked={rule.topicIds.includes(t.id)}
                onChange={(e) => set("topicIds", e.target.checked ? [...rule.topicIds, t.id] : rule.topicIds.filter((x) => x !== t.id))}
              />{" "}
              {t.name}
            </label>
          ))}
        </fieldset>
      </div>
    </fieldset>
  );
}
