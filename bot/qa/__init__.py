"""Pure question answering: normalise, link entities, pick an intent, answer.

Never imports discord: the CLI, the console and the bot all call `Engine.ask`.
"""

from .answer import Answer, Context
from .engine import Engine

__all__ = ["Answer", "Context", "Engine"]
