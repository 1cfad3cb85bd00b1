import * as C from "@napi-rs/canvas";
import { createWorker, OEM, PSM } from "tesseract.js";
import { createRequire } from "node:module";
import path from "node:path";
const require = createRequire(import.meta.url);
const langDir = (l, f="4.0.0_best_int") => path.join(path.dirname(require.resolve(`@tesseract.js-data/${l}/package.json`)), f);
const rss = () => (process.memoryUsage().rss/1e6).toFixed(0)+"MB";
const text = ["The quick brown fox jumps over", "the lazy dog. Invoice number 4711", "Total amount due: 1,234.56 EUR", "Payment within thirty days please."];
function page(rot=0, scale=1) {
  const w=1275*scale|0, h=1650*scale|0; // 150dpi letter
  const c = C.createCanvas(rot%180? h: w, rot%180? w: h); const ctx=c.getContext("2d");
  ctx.fillStyle="white"; ctx.fillRect(0,0,c.width,c.height);
  ctx.translate(c.width/2,c.height/2); ctx.rotate(rot*Math.PI/180); ctx.translate(-w/2,-h/2);
  ctx.fillStyle="black"; ctx.font=`${30*scale}px DejaVu Sans`;
  for (let i=0;i<12;i++) ctx.fillText(text[i%4], 100*scale, (150+i*50)*scale);
  return c;
}
function pgm(c){ const {data,width,height}=c.getContext("2d").getImageData(0,0,c.width,c.height); const hdr=Buffer.from(`P5\n${width} ${height}\n255\n`); const out=Buffer.alloc(hdr.length+width*height); hdr.copy(out); for(let i=0,j=hdr.length;i<data.length;i+=4,j++) out[j]=(data[i]*77+data[i+1]*150+data[i+2]*29)>>8; return out; }
console.log("start", rss());
let t=Date.now();
const w = await createWorker("eng", OEM.LSTM_ONLY, { langPath: langDir("eng"), cacheMethod: "none", gzip: true, errorHandler: (e)=>console.log("ERRH", e) });
console.log("worker ready", Date.now()-t, "ms", rss());
const c0 = page(0);
for (const [name, bytes] of [["png", await c0.encode("png")], ["pgm", pgm(c0)], ["jpeg", await c0.encode("jpeg")], ["webp", await c0.encode("webp")]]) {
  t=Date.now();
  try { const r = await w.recognize(bytes); console.log(name, bytes.length, Date.now()-t, "ms conf", r.data.confidence, JSON.stringify(r.data.text.slice(0,70))); } catch(e) { console.log(name, "fail", e); }
}
console.log("after rec", rss());
for (const rot of [90,180,270]) { const c=page(rot); t=Date.now(); const r = await w.recognize(pgm(c)); console.log("rot",rot, Date.now()-t,"ms conf", r.data.confidence, JSON.stringify(r.data.text.slice(0,50))); }
await w.terminate();
