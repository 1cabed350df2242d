# syntax=docker/dockerfile:1
#
# One image for all four services. Pick the app at build time
#   docker build --build-arg APP=enrich -t newsroom-enrich .
# or at run time (the same image runs any app)
#   docker run -e APP=publish -e PORT=3004 newsroom
# Apps: ingest (3001), translate-queue (3002), enrich (3003), publish (3004).

ARG NODE_IMAGE=node:20-bookworm-slim

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
RUN npm run build

# --- runtime: production deps + compiled output only -------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app

COPY package.json package-lock.json ./
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

# Shell form so $APP expands at run time; `exec` replaces the shell so node is
# PID 1 and receives SIGTERM directly (the apps shut down gracefully on it).
CMD exec node -r ./scripts/register-paths.js "dist/apps/${APP}/src/main.js"
