"""Wild10 truth for irenetrampoline/papers README.md: a PhD student's log of papers read.

Shape: a one-paper-a-day reading log.  '## Papers' holds 30 paragraphs
'**Mon D, YYYY:** [Title.](writeups/x.md) Authors. Venue Year. [[pdf]](url)', one per line with a
blank line between; '## To be read' holds 17 paragraphs of the same shape without the bold date
(after a stray '[]' line, which names nothing and is not an entry).  Every such paragraph is an
entry; title = the link text to the writeup, the citation's closing '.' left out ('Do CIFAR-10
Classifiers Generalize to CIFAR-10?.' keeps its '?'; an italic '*Come Swim*' inside a title is
kept as text).  Two thesis chapters ('Ch 5/6 of PhD thesis') and Keshav's 'How to Read a Paper'
are scholarly works and kept.

'## Useful' is a list of resource links (sites, a course syllabus, other lists, a reading group);
not entries, except 'HCI paper Amy liked', whose subject is one paper (a PDF of Ackerman's
paper) named by no title: an entry with title null.  'Three pass approach' names a reading
method (it links the same Keshav PDF as the first log entry) and is not taken.

Ids: arXiv from the '[[pdf]]' links; DOIs from the SAGE and RSNA URLs.  The Karger-Stein ACM
'delivery.acm.org/10.1145/240000/234534/p601-karger.pdf' URL holds no DOI (a storage path, not
the paper's DOI): doi set to null.  CiteSeerX 'doi=10.1.1.468.3830' is not a DOI.

Counts: 30 dated lines (grep -c '^\\*\\*') + 17 undated '[Title.](writeups/' lines + 1 = 48.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "irenetrampoline__papers__README@27fc80a.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    dated = undated = 0
    section = ""
    for n, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if section in ("Papers", "To be read"):
            m = re.match(r"(\*\*[A-Z][a-z]{2} \d{1,2}, \d{4}:\*\* )?\[([^\]]+)\]\(writeups/", text)
            if not m:
                assert text.strip() in ("", "[]"), (n, text)
                continue
            if m.group(1):
                dated += 1
                assert section == "Papers", n
            else:
                undated += 1
                assert section == "To be read", n
            e = entry(LINES, n, n, m.group(2))
            if "delivery.acm.org/10.1145/240000/234534" in text:
                e["doi"] = None  # a storage path, not the paper's DOI
            papers.append(e)
        elif section == "Useful" and "HCI paper Amy liked" in text:
            papers.append(entry(LINES, n, n, None))
    assert (dated, undated) == (30, 17), (dated, undated)
    assert len(papers) == 48
    write_truth(
        NAME, "wild10_development", papers,
        "every '[Title.](writeups/..)' paragraph of 'Papers' (bold date before it) and 'To be read' is an entry,"
        " title = the link text without its closing '.'; in 'Useful' only 'HCI paper Amy liked' (a paper PDF"
        " named by no title, title null); the ACM delivery path is not a DOI",
        "every entry of the file by eye (all 48 titles against their lines), the 30 dated and 17 undated counts"
        " with grep, the '?.' title, the italic in a title, the ACM delivery URL (no DOI), the SAGE and RSNA DOIs,"
        " arXiv ids of the pdf links, the '[]' line and the Useful links",
    )


if __name__ == "__main__":
    main()
