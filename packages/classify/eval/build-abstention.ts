// Writes eval/abstention/{calibration,holdout}.jsonl: texts that belong under no topic of a news-like (or household-paperwork)
// topic set, for calibrating and measuring abstention. Deterministic (a seeded generator over hand-written
// fragments), so the file can be rebuilt and reviewed: `pnpm --filter @docscan/classify build:abstention`.
//
// Each line: {"text", "label": null, "kind"}. Kinds starting with "content-free:" are pages with
// too little content to file anywhere (test pages, blank forms, one-liners, lorem ipsum, OCR garbage,
// random strings, logs, code): the classifier must give them no topic, ever. The other kinds (recipes,
// manuals, half-filled forms, e-mails, other languages, everyday prose) have content, just not a topic's.
// Within each kind the texts alternate between the two files: calibration.jsonl may tune the classifier
// (eval/build-general.ts, eval/fit-calibration.ts), holdout.jsonl only measures it.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20261204);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const pickN = <T>(xs: readonly T[], n: number): T[] => {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
};
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const out: { text: string; kind: string }[] = [];
const add = (kind: string, text: string) => out.push({ kind, text });

// ---- content-free: test pages and placeholders
for (const t of [
  "This is a test document.",
  "This is a test file.",
  "Test",
  "test test test",
  "Testing 1 2 3",
  "This is a test page. Please ignore.",
  "Hello world",
  "Sample document",
  "This document is intentionally left blank.",
  "This page intentionally left blank.",
  "Untitled document",
  "Document1",
  "asdf",
  "Scan 0001",
  "Page 1 of 1",
  "TEST PRINT - please discard",
  "Just testing the upload, nothing to see here.",
  "This is a sample PDF file for testing purposes.",
  "Test upload from my phone.",
  "Dummy text for the layout. Dummy text for the layout. Dummy text for the layout.",
  "The quick brown fox jumps over the lazy dog.",
  "The quick brown fox jumps over the lazy dog. 1234567890. THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG.",
  "Printer test page\nPrinter: Office-2F\nDriver: PCL6 v3.2\nPort: USB001\nIf you can read this, the printer works.",
  "Scanner test sheet. Resolution 300 dpi. Colour mode: greyscale.",
  "Copy of copy of draft (1)",
  "New document",
]) add("content-free:test-page", t);

// ---- content-free: one-liners
for (const t of [
  "See attached.",
  "Please find the attached file.",
  "Thanks!",
  "Sent from my iPhone",
  "FYI",
  "Notes",
  "Meeting notes",
  "Meeting notes - Tuesday",
  "To do",
  "Call back tomorrow.",
  "Signed copy",
  "Final version",
  "Receipt",
  "Scanned with CamScanner",
  "Photo 2024-03-12 10.41.22",
  "IMG_4471",
  "Back side",
  "Page 2",
  "Confidential",
  "Draft - do not distribute",
  "OK",
  "Approved.",
]) add("content-free:one-liner", t);

// ---- content-free: lorem ipsum
const LOREM = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt in culpa qui officia deserunt mollit anim id est laborum curabitur pretium tincidunt lacus nulla gravida orci a odio nullam varius turpis et commodo pharetra est eros bibendum elit nec luctus magna felis sollicitudin mauris".split(" ");
for (let i = 0; i < 14; i++) {
  const n = int(8, 120);
  const words = Array.from({ length: n }, () => pick(LOREM));
  let s = words.join(" ");
  s = s.charAt(0).toUpperCase() + s.slice(1) + ".";
  add("content-free:lorem-ipsum", i % 3 === 0 ? `Lorem ipsum dolor sit amet. ${s}` : s);
}

// ---- content-free: blank forms
const FORM_TITLES = [
  "Registration form", "Patient intake form", "Expense claim form", "Change of address form", "Travel request form",
  "Membership application", "Leave request", "Incident report form", "Order form", "Consent form", "Tax declaration worksheet",
  "Vehicle inspection checklist", "Job application form", "Rental application", "Direct debit mandate",
];
const FORM_FIELDS = [
  "Name", "First name", "Last name", "Date of birth", "Address", "Street", "Postcode", "City", "Country", "Phone", "E-mail",
  "Date", "Signature", "Employee number", "Department", "Reference", "Account number", "IBAN", "BIC", "Amount", "Reason",
  "Start date", "End date", "Destination", "Insurance number", "Emergency contact", "Policy number", "Customer number",
  "Tax ID", "Place", "Comments", "Approved by",
];
const blank = () => pick([": ____________________", ":", ": ..............................", " [          ]", ": ________", ":  / /"]);
for (let i = 0; i < 24; i++) {
  const fields = pickN(FORM_FIELDS, int(4, 14));
  const lines = [pick(FORM_TITLES)];
  if (rand() < 0.4) lines.push("Please complete in block capitals.");
  for (const f of fields) lines.push(`${f}${blank()}`);
  if (rand() < 0.5) lines.push("[ ] Yes   [ ] No");
  if (rand() < 0.5) lines.push("Signature: ______________   Date: ___/___/______");
  add("content-free:blank-form", lines.join("\n"));
}

// ---- content-free: OCR garbage (heavily corrupted scans, fax noise)
const OCR_SRC = [
  "the undersigned hereby confirms receipt of the goods listed below in good condition",
  "please return the completed page to the office before the end of the month",
  "total amount due including all charges and fees as shown on the reverse",
  "the meeting was held in the main hall and the minutes were approved",
  "for further information please contact the customer service department",
];
const NOISE = "|!l1I;:,.'`~^*#%&/\\()[]{}_-=+<>rnmvwceoa0";
for (let i = 0; i < 24; i++) {
  const src = pick(OCR_SRC) + " " + pick(OCR_SRC);
  const rate = 0.35 + rand() * 0.4;
  let s = "";
  for (const ch of src) {
    const r = rand();
    if (r < rate * 0.6) s += pick(NOISE.split(""));
    else if (r < rate * 0.8) s += ch + pick(NOISE.split(""));
    else if (r < rate) s += "";
    else s += ch;
    if (rand() < 0.05) s += "\n";
  }
  add("content-free:ocr-garbage", s);
}

// ---- content-free: random strings, hashes, numbers
for (let i = 0; i < 12; i++) {
  const kind = i % 4;
  const hex = () => Array.from({ length: int(16, 64) }, () => "0123456789abcdef"[int(0, 15)]).join("");
  const letters = () => Array.from({ length: int(3, 10) }, () => "abcdefghijklmnopqrstuvwxyz"[int(0, 25)]).join("");
  const parts = Array.from({ length: int(4, 14) }, () =>
    kind === 0 ? hex() : kind === 1 ? letters() : kind === 2 ? String(int(0, 999999)).padStart(6, "0") : Buffer.from(letters() + letters()).toString("base64"),
  );
  add("content-free:random", parts.join(kind === 2 ? "\t" : " "));
}

// ---- content-free: logs
const LOG_MSGS = [
  "GET /api/v1/items 200 12ms", "POST /login 302 48ms", "connection reset by peer", "worker started pid=%d",
  "cache miss key=user:%d", "retrying request attempt=%d", "disk usage 81%% on /var", "job %d completed in 311ms",
  "TLS handshake failed: certificate expired", "scheduled backup finished", "heartbeat ok", "queue depth=%d",
  "Out of memory: killed process %d", "config reloaded", "user %d logged out", "timeout after 30000ms",
];
for (let i = 0; i < 14; i++) {
  const lines: string[] = [];
  let t = Date.UTC(2024, int(0, 11), int(1, 28), int(0, 23), int(0, 59), int(0, 59));
  const style = i % 3;
  for (let k = 0; k < int(5, 25); k++) {
    t += int(1, 90_000);
    const iso = new Date(t).toISOString();
    const level = pick(["INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"]);
    const msg = pick(LOG_MSGS).replace("%d", String(int(100, 99999))).replace("%%", "%");
    lines.push(
      style === 0 ? `${iso} ${level} ${msg}` : style === 1 ? `[${iso.slice(0, 19).replace("T", " ")}] ${level.toLowerCase()}: ${msg}` : `${int(10, 250)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)} - - [${iso}] "${msg}" ${pick([200, 301, 404, 500])} ${int(100, 9000)}`,
    );
  }
  add("content-free:log", lines.join("\n"));
}

// ---- content-free: code
for (const t of [
  "import { readFile } from \"node:fs/promises\";\n\nexport async function load(path: string) {\n  const text = await readFile(path, \"utf8\");\n  return JSON.parse(text) as Record<string, unknown>;\n}",
  "def parse(lines):\n    out = []\n    for line in lines:\n        if not line.strip():\n            continue\n        key, _, value = line.partition('=')\n        out.append((key.strip(), value.strip()))\n    return out",
  "#include <stdio.h>\n\nint main(void) {\n    for (int i = 0; i < 10; i++) {\n        printf(\"%d\\n\", i * i);\n    }\n    return 0;\n}",
  "SELECT id, name, created_at\nFROM accounts\nWHERE deleted_at IS NULL\n  AND created_at > now() - interval '30 days'\nORDER BY created_at DESC\nLIMIT 50;",
  "public class Counter {\n    private int count = 0;\n    public synchronized void increment() { count++; }\n    public int get() { return count; }\n}",
  "<html>\n  <head><title>Untitled</title></head>\n  <body>\n    <div class=\"container\"><p>{{ content }}</p></div>\n  </body>\n</html>",
  "{\n  \"name\": \"my-app\",\n  \"version\": \"1.0.0\",\n  \"scripts\": { \"build\": \"tsc\", \"test\": \"vitest\" },\n  \"dependencies\": { \"zod\": \"^3.23.0\" }\n}",
  "version: '3'\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n    ports:\n      - \"5432:5432\"",
  "#!/bin/sh\nset -eu\nfor f in *.log; do\n  gzip -9 \"$f\"\ndone\nfind . -name '*.gz' -mtime +30 -delete",
  "fn main() {\n    let v: Vec<i32> = (1..=10).map(|x| x * 2).collect();\n    println!(\"{:?}\", v);\n}",
  ".container {\n  display: flex;\n  gap: 1rem;\n}\n.button:hover {\n  background: #0057b8;\n  color: white;\n}",
  "const total = items.reduce((sum, item) => sum + item.price * item.qty, 0);\nif (total > limit) {\n  throw new Error(`limit exceeded: ${total}`);\n}",
  "func handler(w http.ResponseWriter, r *http.Request) {\n\tif r.Method != http.MethodPost {\n\t\thttp.Error(w, \"method not allowed\", 405)\n\t\treturn\n\t}\n\tw.WriteHeader(204)\n}",
  "Traceback (most recent call last):\n  File \"app.py\", line 42, in <module>\n    main()\n  File \"app.py\", line 17, in main\n    data = json.loads(raw)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
]) add("content-free:code", t);

// ---- recipes
const DISHES = ["Tomato soup", "Banana bread", "Lemon drizzle cake", "Chicken curry", "Vegetable lasagne", "Pancakes", "Apple crumble", "Mushroom risotto", "Lentil stew", "Chocolate brownies", "Pea and mint soup", "Roast potatoes", "Carrot cake", "Bean chilli", "Fish pie", "Scones"];
const RECIPE_STEPS = [
  "Preheat the oven to 180 degrees.", "Chop the onion and garlic finely.", "Heat a little olive oil in a large pan.",
  "Fry the onion gently until soft and golden.", "Stir in the spices and cook for one minute.", "Add the stock and bring to a simmer.",
  "Season with salt and pepper.", "Whisk the eggs with the sugar until pale.", "Fold in the flour and a pinch of salt.",
  "Pour the mixture into a lined tin.", "Bake for 35 to 40 minutes until a skewer comes out clean.", "Leave to cool on a wire rack.",
  "Simmer for twenty minutes, stirring now and then.", "Blend until smooth and stir in the cream.", "Serve with crusty bread.",
  "Scatter over fresh herbs before serving.", "Rub the butter into the flour with your fingertips.", "Grate the zest of two lemons.",
];
const INGREDIENTS = ["2 onions", "3 cloves of garlic", "400 g chopped tomatoes", "1 litre vegetable stock", "200 g plain flour", "100 g butter", "2 eggs", "150 g sugar", "a pinch of salt", "1 tsp cumin", "300 ml milk", "250 g mushrooms", "1 tbsp olive oil", "a handful of parsley", "3 ripe bananas", "1 tsp baking powder"];
for (let i = 0; i < 22; i++) {
  const d = DISHES[i % DISHES.length]!;
  const ing = pickN(INGREDIENTS, int(4, 8));
  const steps = pickN(RECIPE_STEPS, int(4, 7));
  add("recipe", `${d}\nServes ${int(2, 8)}. Preparation ${int(10, 40)} minutes.\nIngredients: ${ing.join(", ")}.\nMethod: ${steps.join(" ")}`);
}

// ---- manuals and instructions
const PRODUCTS = ["coffee machine", "washing machine", "electric kettle", "cordless drill", "robot vacuum", "baby monitor", "bicycle pump", "dehumidifier", "smart thermostat", "sewing machine", "garden hose reel", "air fryer"];
const MANUAL_STEPS = [
  "Before first use, remove all packaging and wipe the surfaces with a damp cloth.", "Place the appliance on a flat, stable surface away from heat sources.",
  "Connect the plug to a grounded socket.", "Press and hold the power button for three seconds until the light turns green.",
  "To clean, unplug the appliance and let it cool down completely.", "Do not immerse the base in water.",
  "Descale every four weeks with the supplied solution.", "If the indicator flashes red, empty the container and reset the unit.",
  "Charge the battery fully before first use; this takes about four hours.", "Attach the nozzle until it clicks into place.",
  "Store in a dry place out of the reach of children.", "Troubleshooting: if the unit does not start, check that the door is closed properly.",
  "The warranty does not cover damage caused by misuse or unauthorised repairs.", "Replace the filter every three months.",
  "Turn the dial clockwise to increase the setting.", "Pair the device with the app by scanning the QR code on the base.",
];
for (let i = 0; i < 22; i++) {
  const p = PRODUCTS[i % PRODUCTS.length]!;
  const steps = pickN(MANUAL_STEPS, int(4, 8));
  add("manual", `User manual - ${p} model ${String.fromCharCode(65 + int(0, 25))}${int(100, 990)}\n${steps.map((s, k) => `${k + 1}. ${s}`).join("\n")}`);
}

// ---- half-filled forms
const VALUES: Record<string, () => string> = {
  Name: () => pick(["Anna Becker", "John Smith", "Maria Lopez", "Tom Evans", "Priya Shah"]),
  "First name": () => pick(["Anna", "John", "Maria", "Tom"]),
  "Last name": () => pick(["Becker", "Smith", "Lopez", "Evans"]),
  "Date of birth": () => `${int(1, 28)}/${int(1, 12)}/${int(1950, 2005)}`,
  Address: () => `${int(1, 200)} ${pick(["Mill Lane", "High Street", "Station Road", "Oak Avenue"])}`,
  City: () => pick(["Leeds", "Bristol", "Cork", "Utrecht"]),
  Phone: () => `0${int(1000, 9999)} ${int(100000, 999999)}`,
  Date: () => `${int(1, 28)}.${int(1, 12)}.2024`,
  "E-mail": () => pick(["anna@example.org", "j.smith@example.com"]),
};
for (let i = 0; i < 18; i++) {
  const fields = pickN(FORM_FIELDS, int(5, 12));
  const lines = [pick(FORM_TITLES)];
  for (const f of fields) lines.push(`${f}: ${VALUES[f] && rand() < 0.7 ? VALUES[f]!() : "__________"}`);
  lines.push(`Signature: ${rand() < 0.5 ? "(signed)" : "__________"}`);
  add("half-filled-form", lines.join("\n"));
}

// ---- e-mails (headers and short everyday bodies)
const SUBJECTS = ["Re: Saturday", "Lunch next week?", "Photos from the weekend", "Fwd: school trip", "Book club", "Quick question", "Your order has shipped", "Password reset", "Welcome to the community", "Re: choir rehearsal"];
const BODIES = [
  "Hi Sam, are we still on for Saturday? I can bring the salad and some drinks. Let me know what time suits you.",
  "Hello all, the book club meets at Lisa's on Thursday at seven. We are reading the second half of the novel, so no spoilers please!",
  "Dear customer, your parcel is on its way and should arrive within two working days. You can follow it with the link below.",
  "Someone asked to reset the password for your account. If this was not you, you can ignore this message.",
  "Thanks for joining! Tell us a little about yourself and pick the groups you would like to follow.",
  "Hi Mum, the photos from the lake are attached. The kids loved the boat ride and want to go again in summer.",
  "Reminder: choir rehearsal moves to the church hall this week. Bring your folders and a pencil.",
  "Could you send me the link to the knitting pattern you mentioned? I would love to try it over the holidays.",
];
for (let i = 0; i < 18; i++) {
  const who = pick(["anna", "tom", "lisa", "sam", "noreply", "support"]);
  const hdr = [
    `From: ${who}@${pick(["example.org", "mail.example.com", "example.net"])}`,
    `To: ${pick(["me", "family", "friends"])}@example.org`,
    `Date: ${pick(["Mon", "Tue", "Wed", "Thu", "Fri"])}, ${int(1, 28)} ${pick(["Jan", "Mar", "May", "Sep", "Nov"])} 2024 ${int(7, 22)}:${String(int(0, 59)).padStart(2, "0")}:00 +0100`,
    `Subject: ${pick(SUBJECTS)}`,
  ];
  if (i % 3 === 0) hdr.push(`Message-ID: <${int(100000, 999999)}.${int(1000, 9999)}@example.org>`, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8");
  add("email", i % 4 === 3 ? hdr.join("\n") : `${hdr.join("\n")}\n\n${pick(BODIES)}`);
}

// ---- other languages (everyday texts, not news)
const FOREIGN = [
  "Heute Abend koche ich eine Gemüsesuppe mit Karotten, Lauch und Kartoffeln. Dazu gibt es frisches Brot vom Bäcker um die Ecke.",
  "Bitte denken Sie daran, die Blumen im Garten am Wochenende zu gießen und die Katze zu füttern.",
  "Wir treffen uns am Samstag um zehn Uhr am Bahnhof und wandern dann gemeinsam zum See.",
  "Ce soir, nous allons préparer une tarte aux pommes avec la recette de ma grand-mère.",
  "N'oubliez pas d'arroser les plantes et de fermer les fenêtres avant de partir en vacances.",
  "Le chat dort toute la journée sur le canapé et se réveille seulement pour manger.",
  "Mañana por la mañana vamos al mercado a comprar fruta, pan y un poco de queso.",
  "Mi abuela teje bufandas de lana para toda la familia cada invierno.",
  "La receta lleva dos huevos, un vaso de leche y una cucharada de azúcar.",
  "Stasera guardiamo un film a casa e prepariamo la pizza con i bambini.",
  "Il giardino è pieno di rose e di lavanda, e le api lavorano tutto il giorno.",
  "Morgen gaan we met de fiets naar het strand als het mooi weer is.",
  "Vergeet niet de planten water te geven en de post uit de brievenbus te halen.",
  "Amanhã vamos fazer um bolo de chocolate para o aniversário da minha irmã.",
  "O cão gosta de passear no parque todas as manhãs antes do pequeno-almoço.",
  "Jutro idziemy do lasu na grzyby, a wieczorem zrobimy zupę.",
  "Vi ska baka kanelbullar på söndag och bjuda grannarna på fika.",
  "Kotka śpi na parapecie i patrzy na ptaki w ogrodzie.",
];
for (let i = 0; i < 24; i++) add("other-language", pickN(FOREIGN, int(1, 3)).join(" "));

// ---- everyday English prose on no news topic
const PROSE: Record<string, string[]> = {
  nature: [
    "The morning mist lay low over the meadow, and the grass was heavy with dew.", "A robin sang from the top of the hawthorn hedge.",
    "By noon the clouds had cleared and the hills were bright green in the sunshine.", "We followed the stream up the valley until the path disappeared among the ferns.",
    "Autumn leaves drifted down onto the quiet pond.", "The old oak tree at the end of the lane must be three hundred years old.",
  ],
  family: [
    "My grandmother kept a tin of buttons that we sorted for hours on rainy afternoons.", "Every Sunday we had a long lunch with cousins, aunts and uncles around the kitchen table.",
    "The children built a den out of blankets and chairs in the living room.", "Dad always burnt the toast and claimed that was how he liked it.",
    "We still laugh about the summer the tent blew away in the night.", "My sister taught me to ride a bike in the car park behind the library.",
  ],
  hobbies: [
    "Cast on forty stitches and knit every row until the scarf is as long as you like.", "I have been practising the piano for twenty minutes a day, mostly scales.",
    "The pottery class meets on Wednesday evenings; this week we are glazing our bowls.", "Birdwatching is easier with a good pair of binoculars and a lot of patience.",
    "My sourdough starter is finally bubbling after a week of feeding it flour and water.", "The model railway now has a tunnel, a station and a tiny village with a church.",
  ],
  home: [
    "Remember to water the houseplants, feed the goldfish and take the recycling out on Tuesday.", "The spare room needs a coat of paint before the guests arrive.",
    "To remove a wine stain, blot it, sprinkle baking soda on it and vacuum it up the next day.", "The kitchen tap drips again, so I put a bowl under it until the weekend.",
    "We rearranged the furniture so the sofa faces the window and the garden.", "Fold the towels in thirds so they fit on the narrow shelf.",
  ],
  pets: [
    "The puppy needs three small meals a day and two walks.", "Our cat sleeps in the laundry basket whenever it is full of warm clothes.",
    "The rabbit hutch needs fresh straw every few days.", "Brush the dog's coat once a week and check his paws after long walks.",
    "The goldfish seem happier since we added a plant to the bowl.", "The parrot has learned to imitate the doorbell, which confuses everyone.",
  ],
  reflection: [
    "Happiness, I think, is mostly made of small things done with care.", "A good friend is someone who remembers the little stories you told them years ago.",
    "Some days the best plan is a long walk and an early night.", "It is strange how a smell can bring back a whole afternoon from childhood.",
    "Patience is not waiting; it is how you behave while you wait.", "Writing things down makes them feel lighter.",
  ],
};
const themes = Object.keys(PROSE);
for (let i = 0; i < 48; i++) {
  const a = PROSE[themes[i % themes.length]!]!;
  const b = PROSE[pick(themes)]!;
  add("everyday-prose", [...pickN(a, int(2, 4)), ...pickN(b, int(0, 2))].join(" "));
}

// ---- poems, letters, lists, invitations
for (const t of [
  "Roses are red, the evening is long, the kettle is singing its small quiet song. The candle burns low and the blanket is warm, we sit by the window and wait out the storm.",
  "Dear Aunt Martha, thank you so much for the lovely jumper you sent for my birthday. It fits perfectly and the colour is my favourite. Love, Emily",
  "Shopping list: eggs, milk, two loaves of bread, cheddar, tomatoes, washing-up liquid, dog food, toothpaste, birthday candles, flour and fresh flowers.",
  "Wedding invitation: together with their families, Anna and Tom request the pleasure of your company at the celebration of their marriage in the old barn, followed by dinner and dancing.",
  "Packing list for the camping weekend: tent, sleeping bags, torch, matches, warm socks, rain jackets, marshmallows and the card games.",
  "Once upon a time a little fox lived at the edge of the forest. Every evening she climbed the hill to watch the moon, and one night the moon told her a secret about the stars.",
  "Happy birthday, Grandpa! We hope your day is full of cake, sunshine and your favourite music. See you at the weekend. Hugs from all of us.",
  "Chores this week: Ben hoovers the stairs, Mia empties the dishwasher, Dad cleans the bathroom and Mum does the garden.",
  "Thank-you note: thank you for looking after the cat while we were away. She clearly enjoyed the extra treats.",
  "Party games: musical chairs, pass the parcel, a treasure hunt in the garden and a piñata at the end.",
  "The little boat rocked on the water while the gulls circled overhead, and the smell of salt and seaweed drifted in with the tide.",
  "Library notice: the children's reading hour is on Saturday mornings at ten. Bring a cushion and your favourite picture book.",
]) add("letter-list-poem", t);

const perKind = new Map<string, number>();
const files = { calibration: [] as string[], holdout: [] as string[] };
for (const { kind, text } of out) {
  const k = perKind.get(kind) ?? 0;
  perKind.set(kind, k + 1);
  files[k % 2 === 0 ? "calibration" : "holdout"].push(JSON.stringify({ text, label: null, kind }));
}
mkdirSync(fileURLToPath(new URL("./abstention/", import.meta.url)), { recursive: true });
for (const [name, lines] of Object.entries(files)) writeFileSync(fileURLToPath(new URL(`./abstention/${name}.jsonl`, import.meta.url)), `${lines.join("\n")}\n`);
console.log(`${out.length} texts (${files.calibration.length} calibration, ${files.holdout.length} holdout):`, Object.fromEntries(perKind));
