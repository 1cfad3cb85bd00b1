// Vocabulary for the seeder: common English words in rough frequency order, a generated long tail of
// rarer "words", and topic vocabularies, so that searches hit realistic selectivities.

/** The most frequent words first (rank 1 = most frequent). */
export const COMMON_WORDS = `the of and to a in is that for it as was with be by on not he this are or his from at which but
have an they you were her she there been one all we their has would when if will more no out so said what up its about into
than them can only other new some time could these two may then do first any my now such like our over man me even most made
after also did many before must through back years where much your way well down should because each just those people how
too little state good very make world still own see men work long get here between both life being under never day same
another know while last might us great old year off come since against go came right used take three states himself few
house use during without again place american around however home small found thought went say part once general high upon
school every does got united left number course war until always away something fact though water less public put think
almost hand enough far took head yet government system better set told nothing night end why called didnt eyes find going
look asked later knew point next city business give group toward young days let room president side social given present
several order national second possible rather per face among form important often things looked early white case john become
large big need four within felt along children saw best church ever least power development light thing seemed family
interest want members mind country area others done turned although open god service certain kind problem began different
door thus help sense means whole matter perhaps itself york times law human line above name example action company hands
local show whether five history gave today either act feet across taken past quite anything seen having death week
experience body word half really field am car words already themselves information tell together college shall money period
held keep sure free seems political real behind miss question making office brought whose special heard major problems ago
became federal moment study available known result street economic boy position reason change south board individual job
society areas west close turn love community true court force full seem am policy wife future age voice center woman control
common necessary following front sometimes six girl clear further land run students provide feel party able mother music
education university child effect level stood military town short morning total outside rate figure class art century
north usually leave therefore million sound top black strong hard various play surface type value soon mean near table
peace modern tax road red book personal process situation minutes idea increase schools english alone women gone nor amount
doing private past cost building began market data story spring answer report plan building support security note` 
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = "ka lo mi nu re sa ti vo be da fe gi ho ju ke la mo ne pi ro su ta ve wi zo bra cle dri fro gla pre sti tro ven dor mar lin tes qua rin sol tem".split(" ");

/** `n` pseudo-words (two to four syllables), deterministic, distinct, none equal to a common word. */
export function longTail(n: number): string[] {
  const out: string[] = [];
  const seen = new Set(COMMON_WORDS);
  const s = SYLLABLES.length;
  for (let i = 0; out.length < n; i++) {
    let x = i;
    let w = "";
    const parts = 2 + (i % 3);
    for (let p = 0; p < parts; p++) {
      w += SYLLABLES[x % s];
      x = Math.floor(x / s) + p * 7 + 3;
    }
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

export interface SeedTopic {
  name: string;
  description: string;
  color: string;
  words: string[];
  /** First lines of documents about this topic; `#` becomes a number. */
  titles: string[];
  /** Filename stems. */
  files: string[];
  /** Fixed expressions of the topic ("amount due"): real documents repeat them, so phrase searches hit. */
  phrases?: string[];
}

export const SEED_TOPICS: SeedTopic[] = [
  { name: "Invoices", description: "Invoices and bills from suppliers", color: "#ef4444", words: "invoice amount due payment vat supplier total net terms bank transfer reference remittance overdue balance customer billing quantity unit price".split(" "), titles: ["Invoice No. #", "INVOICE #", "Bill #"], files: ["invoice", "bill", "rechnung"], phrases: ["amount due", "payment terms", "bank transfer", "due date", "invoice number", "net amount"] },
  { name: "Contracts", description: "Agreements, terms and signatures", color: "#f97316", words: "contract agreement party clause termination signature obligations liability renewal effective parties confidentiality governing jurisdiction amendment schedule breach notice term".split(" "), titles: ["Service Agreement #", "Contract #", "Amendment #"], files: ["contract", "agreement", "nda"], phrases: ["effective date", "governing law", "terms and conditions", "notice period"] },
  { name: "Tax", description: "Tax returns and assessments", color: "#eab308", words: "tax return assessment deduction income allowance refund revenue fiscal declaration withholding taxable credit audit authority filing liability exemption bracket".split(" "), titles: ["Tax assessment #", "Tax return #"], files: ["tax", "assessment", "return"], phrases: ["tax return", "taxable income", "tax credit", "filing deadline"] },
  { name: "Insurance", description: "Policies and claims", color: "#22c55e", words: "insurance policy premium claim coverage insured deductible beneficiary underwriter accident damage liability renewal policyholder indemnity broker excess".split(" "), titles: ["Policy #", "Claim #"], files: ["policy", "claim", "insurance"], phrases: ["insurance policy", "policy number", "claim number", "sum insured"] },
  { name: "Medical", description: "Doctors, prescriptions and lab results", color: "#14b8a6", words: "patient doctor prescription diagnosis treatment hospital clinic symptoms dosage laboratory results appointment referral therapy medication blood examination".split(" "), titles: ["Lab results #", "Prescription #", "Discharge letter"], files: ["lab", "prescription", "referral"], phrases: ["blood test", "test results", "follow up appointment", "medical history"] },
  { name: "Bank statements", description: "Account statements and transfers", color: "#06b6d4", words: "account statement balance deposit withdrawal transaction iban overdraft interest opening closing debit credit card transfer standing order".split(" "), titles: ["Account statement #", "Statement of account #"], files: ["statement", "kontoauszug", "bank"], phrases: ["account statement", "opening balance", "closing balance", "standing order"] },
  { name: "Payroll", description: "Payslips and employment", color: "#3b82f6", words: "salary payslip employee employer gross net deductions pension contribution overtime wage hours bonus payroll social insurance leave".split(" "), titles: ["Payslip #", "Salary statement #"], files: ["payslip", "salary", "payroll"], phrases: ["gross salary", "net pay", "pension contribution", "tax code"] },
  { name: "Travel", description: "Tickets, bookings and itineraries", color: "#6366f1", words: "flight booking hotel itinerary passenger boarding departure arrival reservation ticket luggage gate seat airline check train journey".split(" "), titles: ["Booking confirmation #", "E-ticket #", "Itinerary"], files: ["ticket", "booking", "itinerary"], phrases: ["boarding pass", "booking reference", "departure time", "check in"] },
  { name: "Utilities", description: "Electricity, gas, water, internet", color: "#8b5cf6", words: "electricity gas water meter reading consumption tariff kilowatt supply connection broadband internet usage heating energy provider".split(" "), titles: ["Electricity bill #", "Meter reading #"], files: ["electricity", "gas", "water"], phrases: ["meter reading", "unit price", "direct debit", "supply address"] },
  { name: "Legal", description: "Court letters and legal notices", color: "#a855f7", words: "court lawyer plaintiff defendant judgment hearing appeal attorney case notice summons evidence settlement statute ruling counsel".split(" "), titles: ["Notice of hearing #", "Judgment #"], files: ["court", "judgment", "notice"], phrases: ["court hearing", "case number", "legal advice", "statement of claim"] },
  { name: "Real estate", description: "Rent, leases and property", color: "#d946ef", words: "lease tenant landlord rent property deposit apartment mortgage deed repairs utilities inspection valuation maintenance premises occupancy".split(" "), titles: ["Lease agreement #", "Rent statement #"], files: ["lease", "rent", "mortgage"], phrases: ["security deposit", "monthly rent", "lease agreement", "service charge"] },
  { name: "Vehicles", description: "Cars, registration and repairs", color: "#ec4899", words: "vehicle registration mileage repair garage inspection license plate fuel tyres engine service warranty dealer chassis emission".split(" "), titles: ["Service report #", "Vehicle registration #"], files: ["vehicle", "repair", "registration"], phrases: ["service history", "registration number", "next inspection", "oil change"] },
  { name: "Education", description: "Schools, courses and certificates", color: "#f43f5e", words: "student course certificate grade semester enrolment tuition exam diploma lecture transcript university curriculum module credits".split(" "), titles: ["Certificate #", "Transcript #", "Enrolment confirmation"], files: ["certificate", "transcript", "enrolment"], phrases: ["course fee", "final grade", "academic year", "student number"] },
  { name: "Sports", description: "Clubs, matches and memberships", color: "#84cc16", words: "football match goal team league tennis tournament score coach season player membership club training championship fixture".split(" "), titles: ["Match report #", "Membership card #"], files: ["match", "club", "membership"], phrases: ["final score", "membership fee", "training session", "match report"] },
  { name: "Technology", description: "Software, hardware and subscriptions", color: "#10b981", words: "software license subscription server laptop warranty support upgrade version device cloud storage backup password installation".split(" "), titles: ["License key #", "Subscription renewal #"], files: ["license", "subscription", "warranty"], phrases: ["license key", "support ticket", "software update", "serial number"] },
  { name: "Receipts", description: "Shop receipts and small purchases", color: "#0ea5e9", words: "receipt purchase store cashier change paid items discount refund return voucher loyalty points checkout".split(" "), titles: ["Receipt #", "Till receipt #"], files: ["receipt", "kassenbon", "purchase"], phrases: ["total paid", "thank you for your purchase", "card payment", "return policy"] },
];
