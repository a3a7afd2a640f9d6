"""Wild4 truth for ruipeterpan/paper_notes machine-learning-systems/machine-learning-systems-index/
README.md (commit cd06cdf): a GitBook-exported index of a systems PhD student's paper notes on
machine-learning systems.

Shape: YAML front matter, '# Machine Learning Systems - Index', then six '### Topic' sections of
'*' bullets (two-space indented sub-bullets under group bullets).  GitBook escapes the opening
bracket of the venue tag, so a paper bullet is either
  '* \\[SoCC '18] Title ([pdf](url))'                      (no notes page), or
  '* [\\[OSDI '14\\] Title](notes-page.md) ([pdf](url))'    (title linked to the author's notes);
the '([pdf](url))' tail is sometimes absent.  Venue tags include workshop names
('\\[NIPS '17 MLSys workshop]', '\\[SIGCOMM '21 OptSys workshop]').

Entry: every bullet that starts with a venue tag (linked or not), top-level or indented: 145.
Not entries: the group bullets 'Parallelism Paradigms & Strategies ([Overview by Hugging Face]
(...))' (line 16, docs page), 'Optical Networks for ML' (108, a label) and 'Hongyi Wang's talk:
[On the Utility of Gradient Compression ...](youtube)' (146, a talk; the MLSys '22 paper of that
name is listed separately as a sub-bullet and is an entry); the two links at 116-117 (a Notion
overview and a course page).  Their indented sub-bullets are entries.

Title = the text after the '\\[VENUE 'YY]' tag (inside the notes link when there is one), without
the ' ([pdf](...))' tail; GitBook backslash escapes are removed (none occur in titles).  Ids from
the bullet's own links: arXiv pdf links and ACM 'dl.acm.org/doi/pdf/10.xxxx/...' links (incl.
one VLDB '10.14778/...' DOI served by ACM); notes-page links and other PDFs give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "ruipeterpan__paper_notes__machine-learning-systems__machine-learning-systems-index__README@cd06cdf.md"
PART = "wild4_development"
PLAIN = re.compile(r" *\* \\\[([^\]]+)\] (.+?)(?: \(\[pdf\]\(\S+\)\))?")
LINKED = re.compile(r" *\* \[\\\[([^\]\\]+)\\\] (.+?)\]\((\S+?)\)(?: \(\[pdf\]\(\S+\)\))?")
NOT_PAPERS = {16, 108, 116, 117, 146}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not re.match(r" *\* ", text):
            continue
        m = PLAIN.fullmatch(text) or LINKED.fullmatch(text)
        if i in NOT_PAPERS:
            assert not m, (i, text)
            continue
        assert m, (i, text)
        title = re.sub(r"\\(.)", r"\1", m.group(2))
        assert "\\" not in m.group(2) and "](" not in title, (i, title)
        p = entry(lines, i, i, " ".join(title.split()))
        papers.append(p)
        if "-v" in sys.argv:
            print(i, m.group(1), p["title"], p["arxiv"], p["doi"], sep=" | ")
    assert len(papers) == 145, len(papers)
    write_truth(
        NAME, PART, papers,
        "every bullet (top-level or indented) that starts with a '\\[VENUE 'YY]' tag, plain or inside a link to"
        " a notes page, is an entry; title = text after the tag without the ' ([pdf](...))' tail; the group"
        " label bullets, the Hugging Face overview, the Notion overview, the course page and the YouTube talk are"
        " not entries",
        "all 150 bullets (grep) matched: 145 by one of the two tag patterns (asserted) and the 5 others listed by line"
        " (asserted not to match); titles printed with -v and compared by eye for the first and last bullet of"
        " each section, all sub-bullets, every workshop tag, and ~20 others; arXiv and ACM DOI ids checked"
        " against their pdf links",
    )


if __name__ == "__main__":
    main()
