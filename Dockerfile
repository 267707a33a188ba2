# The shop as a container image: one build, run as a non-root user, on the standalone output
# (next.config.mjs: output 'standalone'). README → "More than one machine".
#   docker build -t usitech .
#   docker compose up        (docker-compose.yml: two app containers, nginx, Postgres, Redis, MinIO)

# ── build: the whole repository, the production build, and scripts/serve.ts bundled to plain JS ──────────
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The prerendered pages take SHOP_* and APP_URL at build time: pass them as build arguments.
ARG APP_URL=http://localhost:8080
ARG SHOP_LEGAL_NAME SHOP_ADDRESS SHOP_TAX_CODE SHOP_SUPPORT_EMAIL
# Given at build time it is embedded in the build: the same key for every instance and every build.
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
ENV NEXT_TELEMETRY_DISABLED=1 APP_URL=$APP_URL SHOP_LEGAL_NAME=$SHOP_LEGAL_NAME SHOP_ADDRESS=$SHOP_ADDRESS \
    SHOP_TAX_CODE=$SHOP_TAX_CODE SHOP_SUPPORT_EMAIL=$SHOP_SUPPORT_EMAIL \
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=$NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
RUN npm run build
# scripts/serve.ts, not the standalone server.js (a bare `next start`): it resolves the client address
# (TRUST_PROXY), compresses, and puts the nonce on cached pages. Bundled with its imports except Next.
RUN node_modules/.bin/esbuild scripts/serve.ts --bundle --platform=node --format=esm --target=node20 \
      --external:next --outfile=.next/standalone/serve.mjs \
      --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" \
 && cp -r public .next/standalone/public \
 && cp -r .next/static .next/standalone/.next/static

# ── run: the standalone output only, as the unprivileged `node` user ──────────────────────────────────────
FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 AUTH_TRUST_HOST=true PORT=3000 DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "serve.mjs"]
