# The production image: the server with the built portal, on Node.js 24, run as `node`.
#   docker build -t portal .      (or: docker compose up --build)
FROM node:24-bookworm-slim AS base
RUN npm install -g pnpm@12.21.0 && pnpm --version
WORKDIR /app

# The workspace manifests alone, so that source edits reuse the installed dependencies.
FROM base AS deps
COPY package.json pnpm-workspace.yaml pnpm-lock.yaml tsconfig.base.json ./
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/
RUN pnpm install --frozen-lockfile

FROM deps AS web
COPY web web
RUN pnpm --filter ./web build

# The compiled server plus its production dependencies only, in one self-contained folder.
FROM deps AS server
COPY server server
RUN pnpm --filter ./server build \
 && pnpm --filter ./server deploy --prod --legacy /app/server-deploy

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
# The layout config.ts expects: server/dist/start.js, with the portal at web/dist two levels up.
COPY --from=server /app/server-deploy /app/server
COPY --from=server /app/server/dist /app/server/dist
COPY --from=web /app/web/dist /app/web/dist
# The portal's operation names, which /metrics labels by name (config.ts: knownOperationsFile).
COPY schema/operations.json /app/schema/operations.json
# Only written to without DATABASE_URL (embedded PostgreSQL) or TOKEN_SECRET.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD ["node", "-e", "fetch('http://localhost:4000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/dist/start.js"]
