"""Wild24 truth for mit-igem/reading-group README.md: a synthetic-biology student reading group's paper list.

Shape: '##' sections (Schedule, Applications series, Foundational advances series, Potential
papers, Review articles, Other papers) holding a tree of '-' bullets indented by two spaces per
level.  A node is either a topic label ('- Cascades', '- Biosensors', '- Kill switches'), a paper,
or a one-sentence description sub-bullet under a paper.  Papers are written three ways:
'[Title (YEAR)](url)', '[Title | Journal](url)' (a browser tab title pasted as link text) or
'[Title](url)'; and in 'Potential papers' as plain unlinked text, sometimes with the tab-title
' | ACS Synthetic Biology' suffix.  Papers nest under papers (line 13's children 15-19).
Entries: every paper node (37).  Title = the link text (or plain text) without the ' (YEAR)' and
' | Journal' suffixes.  An entry's lines are its own bullet plus the description sub-bullets
right under it (deeper indented, no link), not its child papers.  Special cases: line 38 links two
papers on one line ('models' and 'applications', a description on 39 shared): two entries on lines
38-39.  Line 50's text starts 'pH, lactate, hypoxia: ' under the topic 'Biosensors'; it cannot be
told from a title prefix without outside knowledge, so it is kept.  Not entries: the topic labels
(21, 28, 35, 40, 49, 52, 54, 55, 57, 59, 61, 63, 65, 67, 68, 70, 72, 74, 81, 82, 84, 87), 'Ice
nuclease protein tag' (53, a topic leaf, not a title), 'TBD' (4) and the 'Journal of Biological
Chemistry Thematic Reviews' series page (78).
Count check: 2 (applications) + 17 (foundational, line 38 twice) + 13 (potential) + 5 (other) = 37.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "mit-igem__reading-group__README@9a78361.md"
PART = "wild24_development"
PLAIN_PAPERS = {48, 50, 51, 56, 58, 60, 62, 64, 66, 69, 71, 73, 75}
NOT_PAPER_LINKS = {78}
SECTION_COUNTS = {"Applications series": 2, "Foundational advances series": 17, "Potential papers": 13,
                  "Other papers": 5}
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def strip_suffix(title: str) -> str:
    title = re.sub(r" \((?:19|20)\d\d\)$", "", title)
    return re.sub(r" \| [A-Z][A-Za-z ]+$", "", title)


def main() -> None:
    lines = read_lines(NAME)
    paper_lines = set(PLAIN_PAPERS)
    for i, text in enumerate(lines, 1):
        if re.match(r"\s*- \[", text) and i not in NOT_PAPER_LINKS:
            paper_lines.add(i)
    papers = []
    counts: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if i not in paper_lines:
            continue
        last = i
        while last < len(lines) and indent(lines[last]) > indent(text) and (last + 1) not in paper_lines \
                and "](" not in lines[last] and lines[last].strip():
            last += 1
        if i in PLAIN_PAPERS:
            titles = [strip_suffix(text.strip()[2:])]
        else:
            titles = [strip_suffix(m.group(1)) for m in LINK.finditer(text)]
        assert titles and all(titles), i
        for t in titles:
            papers.append(entry(lines, i, last, t))
            counts[section] = counts.get(section, 0) + 1
    assert counts == SECTION_COUNTS, counts
    assert len(papers) == 37, len(papers)
    write_truth(NAME, PART, papers,
                "every paper node of the topic tree is an entry (linked, or plain text in 'Potential papers'),"
                " with its description sub-bullets; line 38 links two papers; title = the link (or plain) text"
                " without ' (YEAR)' and ' | Journal' suffixes; topic labels, a topic leaf (53) and a journal"
                " series page (78) are not entries",
                "every line of the file read by eye and sorted into paper, description, topic or other; all 37"
                " titles and line spans checked against the -v output; the DOIs from science.org, pnas.org and"
                " annualreviews.org URLs checked; line 50's prefix and line 38's two links checked")


if __name__ == "__main__":
    main()
