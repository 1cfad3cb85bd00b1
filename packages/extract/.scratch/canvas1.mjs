import * as C from "@napi-rs/canvas";
console.log(Object.keys(C));
const c = C.createCanvas(400, 120);
const ctx = c.getContext("2d");
ctx.fillStyle = "white"; ctx.fillRect(0,0,400,120);
ctx.fillStyle = "black"; ctx.font = "32px DejaVu Sans"; ctx.fillText("Hello invoice 42", 10, 60);
for (const fmt of ["png","jpeg","webp","avif","gif","bmp"]) {
  try { const b = await c.encode(fmt); console.log(fmt, b.length); 
    try { const img = await C.loadImage(b); console.log(" load", img.width, img.height, img.naturalWidth); } catch(e) { console.log(" load fail", e.message); }
  } catch (e) { console.log(fmt, "encode fail", e.message); }
}
console.log(C.GlobalFonts.families.length, C.GlobalFonts.has("DejaVu Sans"));
