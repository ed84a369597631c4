"""Custom actions served by `rasa run actions` (thin adapters over bot.clinical)."""

# The action server imports this package first: from then on no log line at
# INFO or above carries message text or sender ids (bot/log_privacy.py).
from bot.log_privacy import install as _install_log_privacy

_install_log_privacy(rasa_server=False, action_server=True)
