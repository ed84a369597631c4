"""Custom actions served by `rasa run actions` (thin adapters over bot.clinical)."""
