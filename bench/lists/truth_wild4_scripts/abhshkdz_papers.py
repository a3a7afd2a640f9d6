"""Wild4 truth for abhshkdz/papers README.md: a personal index of deep-learning paper summaries
(2018 snapshot).

Shape: one intro sentence, then plain year lines ('2018', '2017', ... '2012', no heading markup),
each over a list of papers.  One paper = two lines: '- Title [[Paper](url)] [[Review](url)]' and a
nested '    - Authors, Venue, Year' line (one writes 'ArXiv15' for venue and year).  Every item has
both links; the Review link points at the repo's own reviews/*.md.  No other list items.

Entry: every top-level item with its nested author line (43).  All are papers (the one essay,
Grosz's 'What Question Would Turing Pose Today?' in AI Magazine, is a journal article).  Title =
the text before ' [[Paper]'.  arXiv id from the Paper link (the Review link holds none); non-arXiv
Paper links (NIPS proceedings, CMU, Places, AAAI OJS) give no id; no DOIs.  Line 49 repeats
', ArXiv, 2016' after its title, before the links: dropped (venue and year, not title).  One Review
link (line 31) is relative ('reviews/...md').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "abhshkdz__papers__README@0847faf.md"
PART = "wild4_development"

ITEM = re.compile(r"- (.+?) \[\[Paper\]\([^)]+\)\] \[\[Review\]\((?:https://github\.com/abhshkdz/papers/blob/master/)?reviews/[^)]+\)\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if text.startswith("- "):
            m = ITEM.fullmatch(text)
            assert m, (i, text)
            assert lines[i].startswith("    - "), i  # the author line (lines[i] is line i + 1)
            title = m.group(1)
            if i == 49:  # venue and year pasted before the links as well as on the author line
                assert title.endswith(", ArXiv, 2016"), title
                title = title.removesuffix(", ArXiv, 2016")
            papers.append(entry(lines, i, i + 1, title))
        else:
            assert text.startswith("    - ") or re.fullmatch(r"(20\d\d)?", text) or i == 1, (i, text)
    assert len(papers) == 43
    write_truth(
        NAME, PART, papers,
        "every '- Title [[Paper](url)] [[Review](url)]' item with its nested author line is an entry,"
        " title = the text before [[Paper]; arXiv id from the Paper link",
        "all 43 items match one pattern and each is followed by its '    - ' author line (asserted; every other"
        " line is a year, blank or the intro); first and last item of each of the seven years, the non-arXiv"
        " items (From Red Wine to Red Tomato, Deep Visual Analogy-Making, Places, ImageNet, Turing essay), the relative"
        " Review link (31), the venue glued to a title (49) and ~15 others compared by eye; arXiv count 38 ="
        " grep count of arxiv.org Paper links",
    )


if __name__ == "__main__":
    main()
