"""Input channels of the assistant besides Rasa's REST channel.

Each is listed by module path in credentials.yml and reads its secrets from
environment variables (docs/channels.md):

- ``bot.channels.telehealth.TelehealthInput``: the signed telehealth webhook,
  POST /webhooks/telehealth/webhook.
- ``bot.channels.slack.SlackInput``: Slack Events API and interactivity,
  POST /webhooks/slack/webhook.
- ``bot.channels.telegram.TelegramInput``: Telegram bot webhook,
  POST /webhooks/telegram/webhook.
- ``bot.channels.webchat.WebChatInput``: the website widget (socket.io at
  /socket.io, the page at /chat/).

A channel whose variables are missing is replaced by a placeholder that logs
one warning at start and answers 503 (``common.UnavailableChannel``), so the
server and the other channels keep running.
"""

# The Rasa server imports this package for the channels of credentials.yml:
# from then on no log line at INFO or above carries message text or sender ids.
from bot.log_privacy import install as _install_log_privacy  # noqa: E402

_install_log_privacy(rasa_server=True)

# Before the model loads: its intent classifier's imports would drop the server's log level.
from bot.log_level import import_distutils_keeping_the_level  # noqa: E402

import_distutils_keeping_the_level()
