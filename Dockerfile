# The production image: `docker compose up` (compose.yaml) runs two of these behind nginx on one PostgreSQL.
# Build: docker build -t yibao-elder .   Run: docker run -e DATABASE_URL=postgres://… -p 3000:3000 yibao-elder

# One pinned base for every stage (the version the tests run on); bookworm-slim: glibc, which sharp's prebuilt libvips needs.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
# next.config.ts sets output: 'standalone' while building: .next/standalone holds server.js, the traced
# node_modules (pg, sharp and its libvips, PGlite) and lib/db/migrations, applied at start.
RUN npx next build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# HOSTNAME: server.js listens there. 0.0.0.0, not the container's name Docker puts in HOSTNAME; and
# not 127.0.0.1, where Next 16's server rewrites / to http://localhost/zh-CN and redirects in a loop.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# The base image's unprivileged `node` user (uid 1000) owns nothing but the embedded database's folder.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# Ready once the database is open, migrated and seeded; no curl in the slim image, so Node's fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
