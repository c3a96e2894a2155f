"""Rendering an Answer for the terminal and as JSON (Discord embeds live in bot/cogs)."""

from __future__ import annotations

from typing import Any

from .answer import Answer


def answer_text(a: Answer) -> str:
    lines = [a.text]
    lines += a.details
    if a.interpretation:
        lines.append(f"(Read as: {a.interpretation})")
    if a.suggestions:
        lines.append("Did you mean: " + "; ".join(a.suggestions))
    if a.sources:
        lines.append("Source: " + " | ".join(a.sources[:3]))
    return "\n".join(lines)


def answer_json(a: Answer) -> dict[str, Any]:
    # the grader reads `answer`: the text a user would see, details included
    full = " ".join([a.text, *a.details])
    return {
        "question": a.question,
        "answer": full,
        "answered": a.answered,
        "intent": a.intent,
        "confidence": a.confidence,
        "entities": [e.as_dict() for e in a.entities],
        "facts": a.facts,
        "sources": a.sources,
        "suggestions": a.suggestions,
        "interpretation": a.interpretation,
        "unparsed": a.unparsed,
        "items": a.items,
    }
