import { loadImage } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { ExtractionError, renderThumbnail } from "../src/index.ts";
import * as fx from "../src/testing.ts";

async function size(bytes: Uint8Array) {
  const image = await loadImage(Buffer.from(bytes));
  return { width: image.width, height: image.height };
}

const isWebp = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 4)).toString() === "RIFF" && Buffer.from(bytes.subarray(8, 12)).toString() === "WEBP";

describe("renderThumbnail", () => {
  it("draws the first page of a PDF as a 320-pixel-wide WebP", async () => {
    const thumbnail = await renderThumbnail(fx.makePdf(["First page", "Second page"]), "application/pdf");
    expect(thumbnail?.mime).toBe("image/webp");
    expect(isWebp(thumbnail!.bytes)).toBe(true);
    expect(await size(thumbnail!.bytes)).toEqual({ width: 320, height: 414 });
  });

  it("scales an image to the requested width, keeping its shape", async () => {
    const png = await fx.encodePicture(await fx.drawText(["A picture"], { width: 1000, height: 500 }), "png");
    const thumbnail = await renderThumbnail(png, "image/png", { width: 200 });
    expect(await size(thumbnail!.bytes)).toEqual({ width: 200, height: 100 });
  });

  it("does not enlarge a small image", async () => {
    const gif = await fx.encodePicture(await fx.drawText(["tiny"], { width: 100, height: 40, fontSize: 12 }), "gif");
    expect(await size((await renderThumbnail(gif, "image/gif"))!.bytes)).toEqual({ width: 100, height: 40 });
  });

  it("follows a JPEG's EXIF orientation", async () => {
    const jpeg = await fx.encodePicture(await fx.drawText(["sideways"], { width: 400, height: 200 }), "jpeg");
    const thumbnail = await renderThumbnail(fx.withExifOrientation(jpeg, 6), "image/jpeg", { width: 100 });
    expect(await size(thumbnail!.bytes)).toEqual({ width: 100, height: 200 });
  });

  it("uses the first page of a TIFF", async () => {
    const first = await fx.drawText(["one"], { width: 640, height: 320 });
    const second = await fx.drawText(["two"], { width: 320, height: 640 });
    expect(await size((await renderThumbnail(fx.encodeTiff([first, second]), "image/tiff"))!.bytes)).toEqual({ width: 320, height: 160 });
  });

  it("draws a text card for plain text and office documents, and nothing when there is no text", async () => {
    const card = await renderThumbnail(new TextEncoder().encode("Dear Sir,\nplease find enclosed..."), "text/plain");
    expect(await size(card!.bytes)).toEqual({ width: 320, height: 414 });
    expect(await renderThumbnail(fx.makeDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).not.toBeNull();
    expect(await renderThumbnail(fx.makeOdt(), "application/vnd.oasis.opendocument.text")).toBeNull();
    // With the text extracted already, the card is drawn from it: these bytes are not even read as a document.
    const given = await renderThumbnail(new TextEncoder().encode("not really a word file"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", { text: "Dear Sir,\nplease find enclosed..." });
    expect(await size(given!.bytes)).toEqual({ width: 320, height: 414 });
  });

  it("fails like extraction on broken or oversized input", async () => {
    await expect(renderThumbnail(fx.makePngClaiming(100_000, 100_000), "image/png")).rejects.toMatchObject({ code: "limit" });
    await expect(renderThumbnail(fx.makePdf(["x"]).subarray(0, 300), "application/pdf")).rejects.toBeInstanceOf(ExtractionError);
    await expect(renderThumbnail(fx.makePdf(["x"], { userPassword: "pw" }), "application/pdf")).rejects.toMatchObject({ code: "encrypted" });
    await expect(renderThumbnail(new Uint8Array(), "image/png")).rejects.toMatchObject({ code: "empty" });
  });
});
