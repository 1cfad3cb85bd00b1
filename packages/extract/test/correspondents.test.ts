// Who sent a document (issue 17, ADR 0030): every rule type, the learned model, the sender, and patterns that
// would backtrack catastrophically in a backtracking engine.
import { describe, expect, it } from "vitest";
import { assignCorrespondent, checkMatchRule, correspondentNamed, emailSender, MatchRuleError, trainCorrespondentModel, type CorrespondentRule, type LearnedExample } from "../src/correspondents.ts";

const rule = (id: string, name: string, algorithm: CorrespondentRule["algorithm"], match = "", caseInsensitive = true): CorrespondentRule => ({ id, name, algorithm, match, caseInsensitive });
const assign = (text: string, rules: CorrespondentRule[], filename = "scan.pdf") => assignCorrespondent(text, filename, rules, null);

describe("match rules", () => {
  it("any: one of the words, as a whole word, in any script", () => {
    const r = [rule("a", "Ärztekammer", "any", "ärztekammer kammerbrief")];
    expect(assign("Die ÄRZTEKAMMER Nordrhein schreibt", r)).toMatchObject({ correspondentId: "a", source: "rule", confidence: 1, quote: "Die ÄRZTEKAMMER Nordrhein schreibt" });
    expect(assign("Unsere Landesärztekammern", r)).toBeNull(); // inside a longer word
    expect(assign("Ihr Kammerbrief", r)?.correspondentId).toBe("a");
  });

  it("any: a quoted phrase stays together", () => {
    const r = [rule("a", "Acme", "any", '"acme corp"')];
    expect(assign("ACME\nCORP invoice", r)?.correspondentId).toBe("a"); // white space between the words may be a line break
    expect(assign("acme and corp", r)).toBeNull();
  });

  it("all: every word, anywhere", () => {
    const r = [rule("s", "Stadtwerke", "all", "stadtwerke kundennummer")];
    expect(assign("Stadtwerke Köln\n...\nKundennummer 4711", r)?.correspondentId).toBe("s");
    expect(assign("Stadtwerke Köln", r)).toBeNull();
  });

  it("exact: the phrase, with any white space between its words", () => {
    const r = [rule("t", "Telekom", "exact", "Deutsche Telekom AG")];
    expect(assign("Deutsche  Telekom\nAG, Bonn", r)?.correspondentId).toBe("t");
    expect(assign("Deutsche Bahn AG, Telekom", r)).toBeNull();
  });

  it("regex: RE2 syntax, case-sensitive when asked", () => {
    const r = [rule("v", "Vodafone", "regex", "Kundennr\\.?\\s*VF-\\d{6}", false)];
    expect(assign("Ihre Kundennr. VF-123456 bitte angeben", r)).toMatchObject({ correspondentId: "v", quote: "Ihre Kundennr. VF-123456 bitte angeben" });
    expect(assign("ihre kundennr. vf-123456", r)).toBeNull();
  });

  it("none and auto never match by rule; the file name counts too", () => {
    expect(assign("ACME", [rule("n", "ACME", "none", "acme")])).toBeNull();
    expect(assign("hello", [rule("a", "ACME", "any", "acme")], "acme-2026-03.pdf")?.correspondentId).toBe("a");
  });

  it("of several matching rules, the one that matches earliest in the text wins", () => {
    const r = [rule("b", "Bank", "any", "bank"), rule("i", "Insurer", "any", "insurance")];
    expect(assign("Allianz Insurance\nPaid from your bank account", r)?.correspondentId).toBe("i");
  });
});

describe("user patterns are safe", () => {
  it("refuses what RE2 cannot run in linear time or at all: back-references, look-around; and bad syntax", () => {
    for (const bad of ["(a)\\1", "(?=x)abc", "(?<!x)abc", "[unclosed", "(x{2,1000}){2,1000}"]) {
      expect(() => checkMatchRule({ match: bad, algorithm: "regex", caseInsensitive: true }), bad).toThrow(MatchRuleError);
    }
    expect(() => checkMatchRule({ match: "a*", algorithm: "regex", caseInsensitive: true })).toThrow(/matches empty text/);
    expect(() => checkMatchRule({ match: " ", algorithm: "any", caseInsensitive: true })).toThrow(/needs words/);
    expect(() => checkMatchRule({ match: "(a+)+$", algorithm: "regex", caseInsensitive: true })).not.toThrow();
  });

  it("runs catastrophic-backtracking patterns over long text and returns (no match, no hang)", () => {
    const evil = [rule("e", "Evil", "regex", "(a+)+$"), rule("f", "Evil2", "regex", "(a|aa)*b"), rule("g", "Evil3", "regex", "(.*a){20}x")];
    // In V8's backtracking engine each of these takes longer than the age of the universe on this text.
    expect(assign(`${"a".repeat(50_000)}!`, evil)).toBeNull();
  });

  it("skips a stored rule that does not compile instead of failing the document", () => {
    expect(assign("acme", [rule("x", "Broken", "regex", "(?=x)"), rule("a", "ACME", "any", "acme")])?.correspondentId).toBe("a");
  });
});

describe("learned from confirmed documents", () => {
  const letters = (who: string, head: string, foot: string, n: number): LearnedExample[] =>
    Array.from({ length: n }, (_, i) => ({ correspondentId: who, filename: `scan-${who}-${i}.pdf`, text: `${head}\nDear customer, about your account ${1000 + i}, amount ${i * 7}.00 EUR due.\n${foot}` }));
  const examples = [
    ...letters("energy", "Nordwind Energie GmbH · Windstraße 4 · 20095 Hamburg", "IBAN DE44500105175407324931 · HRB 99881", 5),
    ...letters("dentist", "Praxis Dr. Sommer, Zahnärztin · Lindenallee 2 · 50667 Köln", "Steuer-Nr. 215/5811/0427 · Praxis Dr. Sommer", 5),
    ...letters("insurer", "Hanse Versicherung AG · Postfach 1100 · 28195 Bremen", "Vorstand: J. Kramer · Hanse Versicherung AG", 5),
  ];
  const auto = [rule("energy", "Nordwind", "auto"), rule("dentist", "Dr. Sommer", "auto"), rule("insurer", "Hanse Versicherung", "auto")];
  const model = trainCorrespondentModel(examples);

  it("five confirmed documents per correspondent: a new letter goes to its sender, named or not", () => {
    // No name in it: the address and the IBAN are what the model learned.
    const letter = "Windstraße 4 · 20095 Hamburg\nJahresabrechnung 2026\nIhr Verbrauch: 3 200 kWh\nIBAN DE44500105175407324931 · HRB 99881";
    expect(assignCorrespondent(letter, "upload.pdf", auto, model)).toMatchObject({ correspondentId: "energy", source: "learned" });
    const bill = "Zahnärztin · Lindenallee 2 · 50667 Köln\nRechnung für Behandlung vom 3. März\nSteuer-Nr. 215/5811/0427";
    expect(assignCorrespondent(bill, "x.pdf", auto, model)).toMatchObject({ correspondentId: "dentist", source: "learned" });
    // The name printed in the letterhead (any case) decides before the model, earliest first.
    expect(assignCorrespondent("HANSE VERSICHERUNG\nzu Ihrem Vertrag bei Nordwind", "p.pdf", auto, model)).toMatchObject({ correspondentId: "insurer", source: "rule", quote: "HANSE VERSICHERUNG" });
  });

  it("abstains on a document from nobody it knows", () => {
    expect(assignCorrespondent("Finanzamt Köln-Mitte\nBescheid über Einkommensteuer 2025", "bescheid.pdf", auto, model)).toBeNull();
  });

  it("only predicts correspondents set to auto; rules come first", () => {
    const letter = "Nordwind Energie GmbH\nIBAN DE44500105175407324931";
    // "none": neither its name nor the model finds it.
    expect(assignCorrespondent(letter, "a.pdf", [rule("energy", "Nordwind", "none"), ...auto.slice(1)], model)).toBeNull();
    const withRule = [...auto, rule("r", "Rule wins", "any", "abrechnung")];
    expect(assignCorrespondent(`${letter}\nAbrechnung`, "a.pdf", withRule, model)).toMatchObject({ correspondentId: "r", source: "rule" });
  });

  it("is deterministic: the same examples in another order give the same answer", () => {
    const again = trainCorrespondentModel([...examples].reverse());
    const letter = "Postfach 1100 · 28195 Bremen\nIhre Police\nVorstand: J. Kramer";
    expect(assignCorrespondent(letter, "p.pdf", auto, again)).toEqual(assignCorrespondent(letter, "p.pdf", auto, model));
  });
});

describe("the e-mail sender", () => {
  const mail = "From: Acme Energy <billing@acme-energy.com>\nTo: me@example.com\nSubject: Your bill\n\nHello";
  it("is read from the From line", () => {
    expect(emailSender(mail)).toEqual({ name: "Acme Energy", address: "billing@acme-energy.com" });
    expect(emailSender("From: bob@example.org\n")).toEqual({ name: "", address: "bob@example.org" });
    expect(emailSender("no header")).toBeNull();
  });

  it("proposes the correspondent named like the sender when nothing else matched", () => {
    expect(assign(mail, [rule("a", "acme energy", "none")])).toMatchObject({ correspondentId: "a", source: "sender", confidence: 0.9 });
    expect(assign("From: Someone <x@acme-energy.com>\n", [rule("a", "Acme-Energy", "auto")])?.correspondentId).toBe("a");
    expect(assign(mail, [rule("b", "Other", "none")])).toBeNull();
  });
});

describe("a sender's name read by the LLM", () => {
  const list: CorrespondentRule[] = [
    { id: "1", name: "Stadtwerke Musterstadt", match: "", algorithm: "none", caseInsensitive: true },
    { id: "2", name: "ACME", match: "", algorithm: "auto", caseInsensitive: true },
    { id: "3", name: "Finanzamt", match: "steuernummer", algorithm: "any", caseInsensitive: true },
    { id: "4", name: "Praxis Dr. Sommer", match: "", algorithm: "none", caseInsensitive: true },
  ];
  it("is the correspondent of the same name, with or without a legal form, any case and punctuation", () => {
    expect(correspondentNamed("STADTWERKE MUSTERSTADT GmbH", "", list)?.id).toBe("1");
    expect(correspondentNamed("Praxis Dr Sommer", "", list)?.id).toBe("4");
  });
  it("is an auto correspondent whose name it contains, or one whose rule matches the name or its quote", () => {
    expect(correspondentNamed("ACME Office Supplies", "ACME Office Supplies Ltd.", list)?.id).toBe("2");
    expect(correspondentNamed("Finanzamt Mitte", "Steuernummer 12/345", list)?.id).toBe("3");
  });
  it("is nobody for a sender none of them is, or for a name that is only a legal form", () => {
    expect(correspondentNamed("Hausverwaltung Becker", "Hausverwaltung Becker", list)).toBeNull();
    expect(correspondentNamed("Stadtwerke Nordstadt", "Stadtwerke Nordstadt", list)).toBeNull();
    expect(correspondentNamed(" . ", "", list)).toBeNull();
  });
});
