import * as C from "@napi-rs/canvas";
function bmp(w,h,bpp){ const row=Math.ceil(w*bpp/8/4)*4; const hdr=bpp===32?124:40; const b=Buffer.alloc(14+hdr+row*h);
 b.write("BM",0,"latin1"); b.writeUInt32LE(b.length,2); b.writeUInt32LE(14+hdr,10); b.writeUInt32LE(hdr,14); b.writeInt32LE(w,18); b.writeInt32LE(h,22); b.writeUInt16LE(1,26); b.writeUInt16LE(bpp,28);
 if(bpp===32){ b.writeUInt32LE(3,30); b.writeUInt32LE(0x00ff0000,54); b.writeUInt32LE(0x0000ff00,58); b.writeUInt32LE(0x000000ff,62); b.writeUInt32LE(0xff000000,66); b.write("BGRs",70,"latin1"); }
 for(let y=0;y<h;y++)for(let x=0;x<w;x++){const o=14+hdr+y*row+x*bpp/8; b[o]=x*2; b[o+1]=y*2; b[o+2]=100; if(bpp===32)b[o+3]=x<w/2?0:255;}
 return b;}
for (const bpp of [24,32]) { try { const img = await C.loadImage(bmp(64,32,bpp)); const c=C.createCanvas(64,32); const ctx=c.getContext("2d"); ctx.drawImage(img,0,0); const d=ctx.getImageData(0,0,64,32).data; console.log(bpp, img.width, img.height, [...d.slice(0,8)], [...d.slice(4*40,4*40+4)]); } catch(e){ console.log(bpp,"fail",e.message); } }
// truncated png
const c = C.createCanvas(400, 300); const ctx=c.getContext("2d"); ctx.fillStyle="red"; ctx.fillRect(0,0,400,300); ctx.fillStyle="blue"; ctx.fillRect(0,0,50,50);
const png = await c.encode("png");
for (const n of [30, 60, png.length/2|0]) { try { const img = await C.loadImage(png.subarray(0,n)); const c2=C.createCanvas(img.width,img.height); c2.getContext("2d").drawImage(img,0,0); console.log("trunc",n,"ok",img.width,img.height, img.complete); } catch(e){ console.log("trunc",n,"fail",e.message); } }
const jpg = await c.encode("jpeg");
for (const n of [30, 300, jpg.length/2|0]) { try { const img = await C.loadImage(jpg.subarray(0,n)); console.log("jtrunc",n,"ok",img.width,img.height); } catch(e){ console.log("jtrunc",n,"fail",e.message); } }
try { await C.loadImage(Buffer.from("garbage garbage")); } catch(e) { console.log("garbage:", e.message); }
// EXIF orientation: add APP1 with orientation 6 to a jpeg of 400x300
function withExif(j, orient){ const tiff=Buffer.alloc(26); tiff.write("MM",0,"latin1"); tiff.writeUInt16BE(42,2); tiff.writeUInt32BE(8,4); tiff.writeUInt16BE(1,8); tiff.writeUInt16BE(0x112,10); tiff.writeUInt16BE(3,12); tiff.writeUInt32BE(1,14); tiff.writeUInt16BE(orient,18); tiff.writeUInt32BE(0,22);
 const payload=Buffer.concat([Buffer.from("Exif\0\0","latin1"),tiff]); const seg=Buffer.alloc(4); seg.writeUInt16BE(0xffe1,0); seg.writeUInt16BE(payload.length+2,2); return Buffer.concat([j.subarray(0,2),seg,payload,j.subarray(2)]); }
const img6 = await C.loadImage(withExif(jpg,6)); console.log("exif6", img6.width, img6.height);
const c3=C.createCanvas(img6.width,img6.height); const x3=c3.getContext("2d"); x3.drawImage(img6,0,0); const d3=x3.getImageData(0,0,img6.width,img6.height).data; 
// blue square location
const at=(x,y)=>[...d3.slice(4*(y*img6.width+x),4*(y*img6.width+x)+3)]; console.log(at(5,5), at(img6.width-5,5), at(5,img6.height-5), at(img6.width-5,img6.height-5));
