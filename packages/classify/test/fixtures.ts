import type { TopicRef } from "../src/index.ts";

export const FINANCE: TopicRef = {
  id: "00000000-0000-4000-8000-000000000001",
  name: "Finance",
  description: "Invoices, receipts, bank statements, taxes, payments and insurance policies.",
};
export const SPORTS: TopicRef = {
  id: "00000000-0000-4000-8000-000000000002",
  name: "Sports",
  description: "Football and tennis clubs, match schedules, training plans and membership fees.",
};
export const HEALTH: TopicRef = {
  id: "00000000-0000-4000-8000-000000000003",
  name: "Health",
  description: "Letters from doctors and hospitals, prescriptions, lab results and vaccination records.",
};
export const TOPICS: TopicRef[] = [FINANCE, SPORTS, HEALTH];

export const INVOICE_TEXT =
  "INVOICE No. 2024-113\nACME Office Supplies Ltd.\nDate: 3 March 2024\n" +
  "2 x printer paper, 1 x toner cartridge. Total due: 84.20 EUR incl. VAT.\n" +
  "Please pay the invoiced amount to our bank account within 14 days. Thank you for your payment.";
