"""NLU for the triage assistant: the lexicon entity extractor and its merger.

`extract(text)` is plain Python (no Rasa); the Rasa components live in
`bot.nlu.components` (import that module only where Rasa is installed).
"""

from bot.nlu.extractor import Analysis, analyse, extract
from bot.nlu.lexicon import default_lexicon, load_lexicon

__all__ = ["Analysis", "analyse", "extract", "default_lexicon", "load_lexicon"]
