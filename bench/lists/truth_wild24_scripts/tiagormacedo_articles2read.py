"""Wild24 truth for tiagormacedo/tiagormacedo.github.io articles2read.md: a mathematician's "articles to read" page.

Shape: a '#' title, then '## 2025' (lines 3-37), '## 2026' (lines 40-54) and, after a '---' rule
(line 57), three unheaded records (lines 59-63).  One paragraph per record, blank lines between:
'Authors, [Title](url).'  The author part is a surname, 'A and B', 'A, B and C' or 'X et al.'; the
link goes to doi.org, arXiv (abs or pdf), annals.math.princeton.edu or dl.acm.org.
Entries: every record (all are articles or preprints, mostly mathematics, a few machine learning).
Title = the link text.  Special cases: line 21's link text holds its own brackets
('sl(1,2)[t]'), so the title is matched up to the last ']' before '(http'; line 48 ends without the
closing '.' (title ends in '?').  Line 59 (Vaswani, dl.acm.org/doi/pdf/10.5555/...) gives its DOI
through the ACM URL; line 23 (Annals site) gives no id.
Count check: 17 records under 2025, 7 under 2026, 3 after the rule = 27 = lines matching '^\\S.*, \\['.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "tiagormacedo__tiagormacedo.github.io__articles2read@2cd273f.md"
PART = "wild24_development"
REC = re.compile(r"^(?P<authors>[^\[]+?), \[(?P<title>.+)\]\((?P<url>https?://[^)\s]+)\)\.?$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("##"):
            section = text.strip("# ").strip()
            continue
        if text == "---":
            section = "after rule"
            continue
        if not text.strip() or text.startswith("# "):
            continue
        m = REC.match(text)
        assert m, (i, text)
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(lines, i, i, m.group("title")))
    assert per_section == {"2025": 17, "2026": 7, "after rule": 3}, per_section
    assert len(papers) == 27, len(papers)
    assert papers[8]["title"].endswith("sl(1,2)[t]"), papers[8]
    write_truth(NAME, PART, papers,
                "every 'Authors, [Title](url).' paragraph under '## 2025', '## 2026' and after the '---' rule is an"
                " entry; title = the link text (which may hold its own brackets, line 21)",
                "all 27 records read by eye against the -v output; every title checked against its line; the"
                " arXiv ids (abs and pdf URLs) and DOIs (doi.org, dl.acm.org) checked; line 23 has no id")


if __name__ == "__main__":
    main()
