#!/usr/bin/env bash
# `make screenshots`: packaging/screenshots.py with the project's venv (see there).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
exec "$ROOT/.venv/bin/python" packaging/screenshots.py "$1" "${2:-docs}/screenshots"
