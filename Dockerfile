# syntax=docker/dockerfile:1
#
# One image for all four services. Pick the app at build time
#   docker build --build-arg APP=enrich -t newsroom-enrich .
# or at run time (the same image runs any app)
#   docker run -e APP=publish -e PORT=3004 newsroom
# Apps: ingest (3001), translate-queue (3002), enrich (3003), publish (3004).

# Node 22, the maintained LTS (Node 20 left support in April 2026; engines: >=20.19).
# Pin the digest for a reproducible build: look it up with
#   docker buildx imagetools inspect node:22-bookworm-slim --format '{{json .Manifest.Digest}}'
# and build with --build-arg NODE_IMAGE=node:22-bookworm-slim@sha256:<digest>
# (the release pipeline does; Renovate/Dependabot keep the pin current).
ARG NODE_IMAGE=node:22-bookworm-slim

# --- deps: full dependency tree (dev deps are needed to compile) -------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# --- build: tsc -p tsconfig.build.json -> dist/ ------------------------------
FROM deps AS build
# node_modules is in .dockerignore, so this does not clobber the deps above.
COPY . .
# No source maps, no benchmark code and no build state in what ships.
RUN npx tsc -p tsconfig.build.json --sourceMap false \
 && rm -rf dist/bench dist/.tsbuildinfo \
 && find dist -name '*.map' -delete

# --- runtime: production deps + compiled output only -------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app

# tini as PID 1: forwards SIGTERM to node and reaps zombies (Debian's package).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*

COPY package.json package-lock.json ./
# Production dependencies only (no jest, typescript, eslint, kubernetes-models).
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

# register-paths.js resolves the @news/* aliases from tsconfig.json against dist/.
COPY tsconfig.json ./
COPY scripts/register-paths.js ./scripts/register-paths.js
COPY --from=build /app/dist ./dist

# Files stay root-owned (read-only for the app); the process runs as `node` (uid 1000).
USER node

ARG APP=ingest
ENV APP=${APP}

EXPOSE 3001-3004

# PORT wins when set; otherwise the app's default port.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "const d={ingest:3001,'translate-queue':3002,enrich:3003,publish:3004};const p=process.env.PORT||d[process.env.APP];fetch('http://127.0.0.1:'+p+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

# tini is PID 1 and passes SIGTERM on to node (the apps shut down gracefully on
# it). Shell form so $APP expands at run time; `exec` replaces the shell, so
# node is tini's only child. The migrations Job overrides the command with
# node -r ./scripts/register-paths.js dist/scripts/migrate.js.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD exec node -r ./scripts/register-paths.js "dist/apps/${APP}/src/main.js"
