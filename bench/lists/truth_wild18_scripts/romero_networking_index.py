"""Wild18 truth for Romero027/personal-blog networking/index/README.md: a GitBook-exported networking/systems reading index.

'## Datacenter Networks' / '## Wide Area Networks' with '### Topic' subsections; one '* ' bullet
per item.  The GitBook export left escaped-asterisk debris before most links and stray bold
markers after them: '* \\*\\*\\*\\*[**Title**](url) ****- Authors et al., VENUE 'YY' (sometimes
'**-**', a space inside the bold before ']', or no debris at all).  Some bullets carry indented
'  * note' sub-bullets (the reader's notes).

Entry: every top-level bullet whose subject is a paper (33), plus one bullet about a PhD thesis
('Anuj Kalia's [**PhD thesis**](pdf) provides a good overview ...'): a thesis is a scholarly work,
but the line names no title ('PhD thesis' is a label), so its title is null.  34 entries; grep
counts 34 top-level bullets and 6 sections with bullets (1 + 7 + 5 + 11 + 8 + 2).  Lines: the
bullet plus its note sub-bullets.  Title: the bold link text.  DOIs from dl.acm.org/doi/... URLs
(pdf/abs prefixes are not part of the DOI).  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "Romero027__personal-blog__networking__index__README@9678feb.md"
PART = "wild18_development"
LINES = read_lines(NAME)
PAPER = re.compile(r"\* (?:\\\*\\\*\\\*\\\*)?\[\*\*(.+?)\*\*\s*\]\((\S+)\)\s*(?:\*\*\*\*|\*\*)?-?\*{0,2} ?.*")


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    sub = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            sub = text[4:]
            continue
        if not text.startswith("* "):
            assert not text.strip().startswith("*") or text.startswith("  * "), i
            continue
        end = i
        while end < len(LINES) and LINES[end].startswith("  * "):
            end += 1
        per[sub] = per.get(sub, 0) + 1
        if text.startswith("* Anuj Kalia's [**PhD thesis**]"):
            papers.append(entry(LINES, i, end, None))
            continue
        m = PAPER.fullmatch(text)
        assert m, i
        papers.append(entry(LINES, i, end, m.group(1)))
    assert per == {"Architecture": 1, "RDMA": 7, "Kernel": 5, "Programmable Networks": 11,
                   "Video Streaming": 8, "Misc": 2}, per
    assert len(papers) == 34
    write_truth(NAME, PART, papers,
                "every top-level bullet is an entry with its note sub-bullets; title = the bold link text (GitBook"
                " escape debris '\\*\\*\\*\\*' and stray '****' around it are not part of it); the PhD-thesis bullet"
                " names no title (null)",
                "all 34 bullets (per-subsection counts 1/7/5/11/8/2 by eye and grep), every title against its line,"
                " sub-bullet ranges of the 4 annotated entries, DOIs of the 4 dl.acm.org links")


if __name__ == "__main__":
    main()
