"""Keep the Rasa server's log level when the intent classifier loads.

Rasa's LogisticRegressionClassifier loads through skops, whose import makes
scikit-learn list its estimators; that imports ``numpy.distutils``, and that
import sets the root logger to WARNING (setuptools' distutils log shim). From
then on the server would log nothing at INFO. ``numpy.distutils`` is imported
once per process: importing it here first, with the level put back, leaves the
later import harmless. Called when the Rasa server imports ``bot.channels``,
after Rasa has configured logging and before it loads the model.
"""

from __future__ import annotations

import importlib
import logging
import warnings


def import_distutils_keeping_the_level() -> None:
    root = logging.getLogger()
    level = root.level
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # numpy.distutils is deprecated; we only pre-empt its side effect
            importlib.import_module("numpy.distutils")
    except Exception:  # noqa: BLE001 - nothing to pre-empt when it cannot be imported
        pass
    finally:
        root.setLevel(level)
