"""One table of words for every code of the core, in Bahasa Indonesia and in English.

Held against :data:`studio.errors.ERROR_CODES` (which a core test holds against
the source): every code has its own sentence in both languages, fills its
placeholders from the params every raise passes, and never shows a
``{placeholder}`` to a user.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from gui.designer.texts import problem_text
from gui.error_messages import (
    _FAMILIES,
    _MESSAGES,
    _RICHER,
    CONTEXT,
    describe,
    family_codes,
    known_codes,
    placeholders,
    warning_text,
)
from gui.i18n import install_language
from studio.errors import ERROR_CODES, ERROR_FAMILIES, PROBLEM_CODES, WARNING_CODES, StudioError
from studio.template.problems import Problem


def _error(code: str) -> StudioError:
    params = {name: f"<{name}>" for name in ERROR_CODES[code]}
    return StudioError("english words", path=Path("foto-1.jpg"), code=code, **params)


def test_every_code_has_its_own_words_and_no_words_are_orphans():
    assert known_codes() == set(ERROR_CODES)
    assert family_codes() == set(ERROR_FAMILIES)


def test_placeholders_are_params_every_raise_passes():
    for code, (message, hint) in _MESSAGES.items():
        allowed = set(ERROR_CODES[code]) | {"file"}
        assert placeholders(message) | placeholders(hint) <= allowed, code


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_code_reads_whole_in_both_languages(app, language):
    install_language(language)
    for code in ERROR_CODES:
        message, hint = _MESSAGES[code]
        text = describe(_error(code))
        # Its own words, not the family's fallback.
        assert text.message == QCoreApplication.translate(CONTEXT, message).format_map(
            {"file": "foto-1.jpg", **{n: f"<{n}>" for n in ERROR_CODES[code]}}), code
        assert "{" not in text.message.replace("{{", ""), code
        for name in placeholders(message) | placeholders(hint):
            assert f"<{name}>" in text.message + text.hint or name == "file", code
        assert text.detail.endswith("english words")
        if language == "id":
            # Translated: the Indonesian differs from the English source (but for a code
            # whose words are the same in both, which none is).
            assert text.message != message, f"{code}: no Indonesian for {message!r}"
            assert not hint or text.hint != hint, f"{code}: no Indonesian for {hint!r}"
    for family, words in _FAMILIES.items():
        text = describe(StudioError("x", code=f"{family}.something_new"))
        assert text.message == QCoreApplication.translate(CONTEXT, words)
        if language == "id":
            assert text.message != words, family
    install_language("id")


def test_a_missing_param_shows_the_family_not_a_placeholder(app):
    install_language("id")
    text = describe(StudioError("x", code="template.unknown"))  # no template=...
    assert "{" not in text.message
    assert text.message == describe(StudioError("x", code="template.other")).message
    unknown = describe(StudioError("x", code="nothing.known"))
    assert unknown.message and "x" in unknown.detail


@pytest.mark.parametrize("language", ["id", "en"])
def test_warnings_and_problems_have_words(app, language):
    install_language(language)
    for code in WARNING_CODES:
        assert "(" not in warning_text(code), code  # not the generic "has a warning (code)"
        problem = problem_text(Problem("warning", code, "english", layer_id="judul",
                                       params={"layer": "Judul"}))
        assert problem != "english" and "%" not in problem, code
    for code, names in PROBLEM_CODES.items():
        problem = Problem("error", code, "english words", layer_id="judul",
                          params={name: f"<{name}>" for name in names})
        text = problem_text(problem)
        assert text != "english words" and "%" not in text, code
    install_language("id")


def test_a_refusal_names_the_signer_when_it_knows_them(app):
    install_language("id")
    for code, (message, _hint) in _RICHER.items():
        assert placeholders(message) - set(ERROR_CODES[code]), code  # richer than the plain
        known = describe(StudioError("x", code=code, signer="Rina", key_id="AB12"))
        assert "Rina" in known.message and "AB12" in known.message
        assert known.message != message  # in Indonesian
        plain = describe(StudioError("x", code=code))
        assert "{" not in plain.message and plain.message == \
            QCoreApplication.translate(CONTEXT, _MESSAGES[code][0])
