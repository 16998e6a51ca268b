# The production image: the server with the built portal, on Node.js 24.
FROM node:24-bookworm-slim AS build
RUN npm install -g pnpm@12.21.0
WORKDIR /app
COPY package.json pnpm-workspace.yaml pnpm-lock.yaml tsconfig.base.json ./
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/
RUN pnpm install --frozen-lockfile
COPY server server
COPY web web
COPY schema schema
RUN pnpm --filter ./server build && pnpm --filter ./web build \
 && pnpm --filter ./server deploy --prod --legacy /app/deploy

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
# The layout the server expects: server/dist next to web/dist.
COPY --from=build /app/deploy /app/server
COPY --from=build /app/server/dist /app/server/dist
COPY --from=build /app/web/dist /app/web/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://localhost:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "server/dist/main.js"]
