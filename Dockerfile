# The ficdex API server (and, with another command, the indexer): its `serve` script bundles the server
# from source and runs it on plain Node; the indexer runs from source by tsx.
FROM node:20.20-bookworm-slim

# better-sqlite3 builds from source whenever no prebuilt binary can be downloaded for this Node.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@10.34.9

# node-gyp then uses the headers that ship with this image's Node instead of downloading them.
ENV npm_config_nodedir=/usr/local

WORKDIR /app
RUN chown node:node /app
USER node

# Dependencies are fetched from the lockfile alone, so this layer survives source edits.
COPY --chown=node:node pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY --chown=node:node . .
RUN pnpm install --frozen-lockfile --offline

ENV HOST=0.0.0.0 PORT=8787
EXPOSE 8787
CMD ["pnpm", "--filter", "@ficdex/server", "serve"]
