"""Wild19 truth for indianwolverine/aditya-blog-site content/papers.md: a systems student's Hugo page of
the papers they read, in three reading states.

Shape: TOML front matter ('+++' ... '+++', not entries), then '### Queue' (2 bullets), '### Read (no
writeup)' (5 bullets) and '### Reviews' (46 bullets).  Every bullet is one paper written
'- Title ~ Authors'; under 'Reviews' the title is a link to the writer's own review page
('- [Title](/docs/xyz.html) ~ Authors'), above it the title is plain text.  Title = the text before
' ~ ' (the link text when linked), the authors after the tilde dropped.  Every bullet is an entry: the
items that are not conference papers are still scholarly works (Erlang is Armstrong's PhD thesis,
'Architecture of a Database System' a survey monograph, 'Go at Google' a published keynote paper,
'Cloud Programming Simplified' a Berkeley technical report).  No arXiv id or DOI is written anywhere.
The file has no final newline.

Counts: 53 = 2 + 5 + 46, checked against 'grep -c "^- "' (53) and per heading by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "indianwolverine__aditya-blog-site__content__papers@fbfed58.md"
PART = "wild19_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    counts: dict[str, int] = {}
    head = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            head = text[4:]
            counts[head] = 0
            continue
        if not text.startswith("- "):
            assert "~" not in text, i
            continue
        m = re.fullmatch(r"- (?:\[([^\]]+)\]\(/docs/[^)]+\)|([^\[~][^~]*?)) ~ \S.*", text)
        assert m, i
        papers.append(entry(LINES, i, i, m.group(1) or m.group(2)))
        counts[head] += 1
    assert counts == {"Queue": 2, "Read (no writeup)": 5, "Reviews": 46}, counts
    assert len(papers) == 53
    write_truth(NAME, PART, papers,
                "every '- Title ~ Authors' bullet under Queue, Read (no writeup) and Reviews is an entry; title ="
                " the text before ' ~ ' (the link text of the review link under Reviews)",
                "all 53 entries' titles read against the file; bullets per heading (2, 5, 46) by eye and the bullet"
                " count by grep (53); the TOML front matter (no entry)")


if __name__ == "__main__":
    main()
