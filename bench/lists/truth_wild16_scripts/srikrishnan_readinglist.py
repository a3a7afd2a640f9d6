"""Wild16 truth for srikrishnan-lab/lab-manual docs/guides/readinglist.md: a climate-risk lab's reading
list, six '## ' topic sections of APA references as '* ' bullets, each
'* Authors (Year). Title. *Journal*, vol(issue), pages. <https://doi.org/...>{:target="_blank"}'
(a kramdown attribute after the autolink; two bullets write the journal without italics).

Entries: every '* ' bullet (30: General 6, Complex Systems 3, Statistics 7, Modeling 6, Decision-Making
3, Social Impacts 5), one line each; title = the text after '(Year). ' up to the '. ' or '? ' that
precedes the journal ('?' kept).  Not entries: the intro paragraph and its in-page anchor link.  One
bullet links JSTOR (no DOI); the others give a doi.org DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "srikrishnan-lab__lab-manual__docs__guides__readinglist@0edbef4.md"
PART = "wild16_development"
JOURNAL = re.compile(r"(?<=[.?]) (?=\*|Science, |Proceedings of the National)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].split(" <")[0]
            continue
        if not text.startswith("* "):
            continue
        m = re.search(r"\(\d{4}\)\. (.+)", text)
        assert m, i
        rest = m.group(1)
        title = JOURNAL.split(rest, maxsplit=1)[0]
        assert title != rest, i
        title = title.removesuffix(".")
        papers.append(entry(lines, i, i, title))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"General": 6, "Complex Systems and Wicked Problems": 3, "Statistics and Uncertainty": 7,
                           "Modeling and Model Diagnostics": 6, "Decision-Making Under Uncertainty": 3,
                           "Social Impacts and Risk Perception": 5}, per_section
    assert len(papers) == 30
    write_truth(NAME, PART, papers,
                "every '* Authors (Year). Title. Journal ... <doi>' bullet is an entry, title = the text between"
                " '(Year). ' and the separator before the journal ('?' kept); the intro paragraph is not an entry",
                "all 30 bullets by eye (title, DOI), per-section counts against grep -c '^\\* ' per section, the two"
                " bullets with the journal not italic (Science, PNAS) and the JSTOR bullet without a DOI")


if __name__ == "__main__":
    main()
