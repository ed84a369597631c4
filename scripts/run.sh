#!/usr/bin/env bash
# Sets up, trains when the model is missing or stale, and runs the assistant on
# loopback: the action server and the Rasa server (REST channel, the channels
# of credentials.yml, the website widget's page at /chat/, SQLite tracker
# store, or PostgreSQL / Redis / RabbitMQ from TRACKER_DB_URL, LOCK_STORE_URL and
# EVENT_BROKER_URL: docs/deploy.md). RASA_WORKERS=N runs N Rasa server workers
# (only with LOCK_STORE_URL). Rasa's HTTP API is on only when RASA_API_TOKEN or
# RASA_JWT_SECRET is set (bot/serve.py). Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh

export RASA_PORT="${RASA_PORT:-5005}" ACTION_PORT="${ACTION_PORT:-5055}"
export SANIC_HOST=127.0.0.1          # the action server listens on loopback only
export RASA_TELEMETRY_ENABLED=false
mkdir -p .rasa && chmod 700 .rasa  # tracker database and endpoints (may hold a DB password)

endpoints=.rasa/endpoints.run.yml
# It holds the database and broker passwords: readable by this user only.
rm -f "$endpoints"
(umask 077 && .venv/bin/python -m bot.settings endpoints > "$endpoints")
# Several workers need a lock store they share (Redis); bot.settings refuses otherwise.
SANIC_WORKERS="$(.venv/bin/python -m bot.settings workers)"
export SANIC_WORKERS

# `rasa train` compares fingerprints and only retrains what changed.
.venv/bin/rasa train --out models --fixed-model-name back-heat-triage

.venv/bin/rasa run actions --port "$ACTION_PORT" &
actions_pid=$!
trap 'kill $actions_pid 2>/dev/null || true' EXIT INT TERM

cat <<MSG

  The assistant is starting on http://127.0.0.1:$RASA_PORT (action server on :$ACTION_PORT).
  Chat with it in a browser (the website widget):

    http://127.0.0.1:$RASA_PORT/chat/

  or over REST, for example:

    curl -s -X POST http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook \\
         -H 'Content-Type: application/json' \\
         -d '{"sender": "me", "message": "my lower back has been burning since Tuesday"}'

  Slack, Telegram and the telehealth webhook are on when their environment
  variables are set (docs/channels.md); the log says which are left out.

MSG
.venv/bin/python -m bot.serve -i 127.0.0.1 -p "$RASA_PORT" --model models \
  --endpoints "$endpoints" --credentials credentials.yml
