"""Open truth (batch 2) for AtharvaDomale/Daily-HuggingFace-AI-Papers README (at 9cf812d, a day with 42 papers).

After a long introduction (features, code samples, statistics), one '<details>' card per paper:
'<summary><b>N. Title</b> ⭐ stars</summary>', then Hugging Face paper, arXiv and PDF links, code
links and a quoted note.
"""
import re

from _open import Open

NAME = "AtharvaDomale__Daily-HuggingFace-AI-Papers__README@9cf812d.md"


def main() -> None:
    t = Open(NAME)
    n = len(t.lines)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"<summary><b>\d+\. (.+?)</b>", text)
        if not m:
            continue
        first = i - 1 if t.line(i - 1).strip() == "<details>" else i
        end = i
        while end < n and t.line(end).strip() != "</details>":
            end += 1
        t.add(first, end, m.group(1))
    t.write("every '<details>' card whose summary is '<b>N. Title</b>' is an entry, from '<details>' to"
            " '</details>'; title = the bold summary text without its number (a Markdown escape '\\$' read as"
            " '$'); the arXiv id is the card's arXiv link's (its Hugging Face paper link names the same id)",
            "all 42 cards (numbers 1-42 in order, each card's lines), the introduction before them (no"
            " entries), the escaped dollar in card 1")


if __name__ == "__main__":
    main()
