"""`python -m bot.serve [rasa run options]`: `rasa run`, with the HTTP API only when it is authenticated.

Rasa's HTTP API (trackers, `PUT /model`, training) is turned on only when
RASA_API_TOKEN or RASA_JWT_SECRET is set (bot.settings.api_auth_args);
otherwise it stays off and only the channels answer. The options are added
inside this process, so the secrets never show in the process list (`ps`).
`scripts/run.sh` (`make run`) starts the Rasa server this way.
"""

from __future__ import annotations

import sys
from typing import List

from bot.settings import api_auth_args


def rasa_argv(options: List[str]) -> List[str]:
    """The `rasa run` command line, API options included; refuses an unauthenticated --enable-api."""
    if "--enable-api" in options:
        raise SystemExit("bot.serve: set RASA_API_TOKEN or RASA_JWT_SECRET instead of passing --enable-api")
    return ["rasa", "run", *options, *api_auth_args()]


def main(options: List[str]) -> int:
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
