# syntax=docker/dockerfile:1
# The portal's production image (issue 12 item 1). Three stages: the build (all dependencies, then
# `next build`), the production dependencies alone, and the runtime image that gets the build output,
# the production node_modules and the source the operator commands run from (db:migrate,
# records:import, pii:rotate, maintenance:purge run through tsx, a production dependency).
#   docker build -t educator-portal .
#   docker run --rm --env-file portal.env educator-portal npm run db:migrate     # one-shot, before new instances
#   docker run -d -p 3000:3000 --env-file portal.env educator-portal             # the server
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build validates no configuration and opens no database (README "Configuration").
RUN npm run build

FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
# A fixed, unprivileged uid, so volume permissions and Kubernetes' runAsNonRoot can name it.
RUN groupadd --system --gid 10001 portal && useradd --system --uid 10001 --gid portal --home-dir /app --shell /usr/sbin/nologin portal
# Code and dependencies belong to root and are read-only to the process; only .next/cache (Next's
# runtime cache) and /tmp (tsx's compile cache) are writable.
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY . .
COPY --from=build /app/.next ./.next
RUN mkdir -p .next/cache && chown -R portal:portal .next/cache
USER portal
EXPOSE 3000
# Liveness only: /api/health (readiness, with a database round trip) is for the load balancer.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM finishes in-flight requests, stops the loops and closes the pool (start.mjs); node runs
# as PID 1 and handles the signal itself.
STOPSIGNAL SIGTERM
CMD ["node", "lib/platform/server/start.mjs"]
