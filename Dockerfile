# One image for both processes: `api` (default) or `worker` (see docker-compose.yml).
FROM node:20-bookworm-slim
# Native Tesseract for OCR (OCR_ENGINE=auto picks it; ADR 0041). It reads docscan's own npm models (eng, osd),
# so Debian's language packs that come with it are not used; tesseract.js stays the fallback.
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr && rm -rf /var/lib/apt/lists/*
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @docscan/web build
ENV NODE_ENV=production PORT=3000 DOCSCAN_DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 3000
USER node
CMD ["node", "--import", "tsx", "apps/api/src/main.ts"]
