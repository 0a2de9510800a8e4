"""`delegations.plan_before` (a window of the text, then the whole prefix only when needed) answers exactly what
`PLAN_BEFORE.search(text[:end])` answers, at every position, including a plan word further back than the window
with only words and spaces after it."""

from __future__ import annotations

import pytest

from transforms.delegations import _PLAN_WINDOW, PLAN_BEFORE, plan_before

TEXTS = [
    "Tim itu direncanakan bertolak ke Kamboja besok, kata Judha.",
    "Menteri akan segera berangkat ke Phnom Penh untuk bertemu mitranya pada Senin (3/3/2024).",
    "x" * (_PLAN_WINDOW + 40) + ", dan rombongan akan " + " " * (_PLAN_WINDOW + 5) + "tiba di Bangkok.",
    "Mereka berencana " + "a" * (2 * _PLAN_WINDOW) + " bertemu di Manila.",
    "Presiden " + "datang " * 60 + "guna \t\n menghadiri pertemuan di Jeddah.",
    "Tim itu telah tiba di Yangon.",
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_window_answers_as_the_whole_prefix(text: str) -> None:
    answers = [plan_before(text, end) for end in range(len(text) + 1)]
    assert answers == [PLAN_BEFORE.search(text[:end]) is not None for end in range(len(text) + 1)]
    # the plan words of the texts that have one are found, beyond the window too
    assert any(answers) == ("telah" not in text)
