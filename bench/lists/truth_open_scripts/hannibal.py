"""Open truth for Hannibal046/Awesome-LLM: the Milestone Papers table '| Date | keywords | Institute | [Title](url) |'."""
import re

from _open import Open

NAME = "Hannibal046__Awesome-LLM__README@538eed0.md"


def main() -> None:
    t = Open(NAME)
    inside = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            inside = text.startswith("## Milestone Papers")
        if not inside or not text.startswith("|") or re.match(r"\|[\s:|-]+$", text.strip()):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        m = re.match(r"\[(.+?)\]\(", cells[3])
        if m:
            t.add(i, i, m.group(1))
    t.write("every row of the Milestone Papers table (inside <details>) is an entry, title = the linked Paper"
            " cell; the rest of the file lists projects, other lists, models (a few model bullets link their"
            " arXiv paper, but their subject is the model), leaderboards, tools, courses, books and blog posts",
            "every row of the table, every arXiv/OpenReview/ACL link outside it (4, all model or book bullets)")


if __name__ == "__main__":
    main()
