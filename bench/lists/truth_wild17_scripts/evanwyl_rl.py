"""Wild17 truth for Evan-wyl/robotlearning papers/reinforcement-learning/rl.md: a robot-learning
notes repository's RL page, '### topic' sections of paragraph lines '[YYYY] [Title](url)' separated by
blank lines (no bullets).

Entries: every line starting '[YYYY] [' (one line each).  Title = the link text after the year tag
(the year in brackets is a tag and is dropped).  Nothing else on the page is a record (headings and
blank lines only).  Count check: 33 such lines = 6 (Survey) + 2 (Value Based) + 10 (Policy-Gradient)
+ 10 (Actor-Critic) + 5 (Various Paradigms), by grep and by eye; no other non-blank, non-heading line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "Evan-wyl__robotlearning__papers__reinforcement-learning__rl@8a6cde7.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        m = re.match(r"^\[(\d{4})\] \[(.+?)\]\(", text)
        if m:
            papers.append(entry(LINES, i, i, m.group(2)))
            per[section] = per.get(section, 0) + 1
        else:
            assert not text.strip() or text.startswith("#"), text
    assert per == {"Survey": 6, "Value Based Method": 2, "Policy-Gradient Based Method": 10,
                   "Actor-Critic Method": 10, "Various Paradigms of RL": 5}, per
    assert len(papers) == 33
    write_truth(NAME, "wild17_development", papers,
                "every '[YYYY] [Title](url)' paragraph line is an entry; title = the link text, the bracketed year"
                " before it dropped",
                "all 33 entries by eye (title, line, arXiv id; one incompleteideas.net PDF without id, one arXiv link"
                " with a 'v1' tail); per-section counts 6/2/10/10/5 by grep; no other text on the page")


if __name__ == "__main__":
    main()
