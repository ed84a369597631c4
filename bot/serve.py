"""`python -m bot.serve [rasa run options]`: `rasa run`, with the HTTP API only when it is authenticated.

Rasa's HTTP API (trackers, `PUT /model`, training) is turned on only when
RASA_API_TOKEN or RASA_JWT_SECRET is set (bot.settings.api_auth_args);
otherwise it stays off and only the channels answer. The options are added
inside this process, so the secrets never show in the process list (`ps`).
`scripts/run.sh` (`make run`) starts the Rasa server this way.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import yaml

from bot.settings import api_auth_args

# Rasa's own tracker store types; anything else must be an importable class path.
RASA_STORE_TYPES = {"sql", "redis", "mongod", "mongo", "dynamo"}


def endpoints_problem(options: List[str]) -> Optional[str]:
    """Why the endpoints file would leave conversations in process memory, or None.

    Rasa replaces a tracker store section without a type, or whose class cannot be
    imported, by an in-memory store with only a warning: every conversation would
    be lost at a restart and never shared between instances. Refuse to start then.
    """
    if "--endpoints" not in options:
        return None
    index = options.index("--endpoints") + 1
    if index >= len(options) or not Path(options[index]).is_file():
        return "the --endpoints file does not exist"
    store = (yaml.safe_load(Path(options[index]).read_text()) or {}).get("tracker_store")
    kind = str(store.get("type") or "") if isinstance(store, dict) else ""
    if not kind:
        return "the endpoints file names no tracker_store type (Rasa would keep conversations in memory)"
    if kind.lower() in RASA_STORE_TYPES:
        return None
    from rasa.shared.utils.common import class_from_module_path

    try:
        class_from_module_path(kind)
    except (AttributeError, ImportError):
        return f"the tracker store class {kind!r} cannot be imported (Rasa would keep conversations in memory)"
    return None


def rasa_argv(options: List[str]) -> List[str]:
    """The `rasa run` command line, API options included; refuses an unauthenticated --enable-api."""
    if "--enable-api" in options:
        raise SystemExit("bot.serve: set RASA_API_TOKEN or RASA_JWT_SECRET instead of passing --enable-api")
    return ["rasa", "run", *options, *api_auth_args()]


def main(options: List[str]) -> int:
    problem = endpoints_problem(options)
    if problem:
        raise SystemExit(f"bot.serve: {problem}")
    argv = rasa_argv(options)
    if "--enable-api" in argv:
        print("The HTTP API is on, authenticated (RASA_API_TOKEN / RASA_JWT_SECRET).", file=sys.stderr)
    else:
        print("The HTTP API is off (set RASA_API_TOKEN or RASA_JWT_SECRET to turn it on).", file=sys.stderr)
    from rasa.__main__ import main as rasa_main  # imported late: it loads TensorFlow

    sys.argv = argv
    rasa_main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
