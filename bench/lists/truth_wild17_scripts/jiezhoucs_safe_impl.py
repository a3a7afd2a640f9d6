"""Wild17 truth for jiezhoucs/must-read mem_safety/safe_impl.md: a memory-safety (security / PL) reading list with venue tags and wrapped link text.

Shape: '#'/'##'/'###' topic headings; under them one paragraph per paper, separated by blank lines
(a few paragraphs directly under a heading): '[VENUE'YY] [Title](url)' where the tag is the venue
and year ('[USENIX-Winter'92]', '[IEEE Access'19]', '[Internetware'18]'), the space after the tag
once missing ('[PLDI'07][Exterminator: ...'), and the link text usually hard-wrapped over two or
three lines (the URL on the last).  Twelve paragraphs add a '[[note](../notes/...)]' line (the
reader's own notes, part of the entry).  One paragraph (Samurai, EuroSys'08) writes its title in
plain brackets '[Samurai: Protecting Critical Data in Unsafe\\nLanguages] [paper](url)' and adds a
'[related slides](url)' line.  Every paragraph is an entry from its tag line to its last line;
title = the bracketed text after the tag with its line breaks joined by a space.  DOIs come from
the links: ACM DL ('dl.acm.org/doi/[abs/|pdf/]10.1145/...', one '10.5555/...'), Wiley
('doi/epdf/10.1002/spe.2105').  The Wiley link on line 10 holds a SICI DOI with percent-encoded
'<' and '>' ('10.1002/(SICI)1097-024X(199701)27:1%3C87::AID-SPE78%3E3.0.CO;2-P') followed by a
'?casa_token=' query: the DOI is the whole SICI string (decoded, query dropped), set here by hand
because the generic id pattern stops at '<'.  CiteSeerX 'doi=10.1.1...' parameters and IEEE Xplore
document numbers are not DOIs.  No arXiv ids.
Counts: 57 lines start with a '[tag] [' / '[tag][' pair (grep), 12 '[[note' lines, 57 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "jiezhoucs__must-read__mem_safety__safe_impl@acb4b45.md"
LINES = read_lines(NAME)
SICI_LINE = 10
SICI_DOI = "10.1002/(sici)1097-024x(199701)27:1<87::aid-spe78>3.0.co;2-p"


def main() -> None:
    papers = []
    i = 1
    while i <= len(LINES):
        text = LINES[i - 1]
        if not re.match(r"\[[^\]\[]+\] ?\[", text):
            assert not text.startswith("[") or text.startswith(("[[note", "[related")), i
            i += 1
            continue
        end = i
        while end < len(LINES) and LINES[end].strip() and not LINES[end].startswith("#") \
                and not re.match(r"\[[^\]\[]+\] ?\[[^\[]", LINES[end]):
            end += 1
        block = "\n".join(LINES[i - 1:end])
        m = re.match(r"\[([^\]\[]+)\] ?\[([^\]]+)\]", block)
        assert m, i
        p = entry(LINES, i, end, m.group(2).replace("\n", " "))
        if i <= SICI_LINE <= end:
            assert p["doi"] and SICI_DOI.startswith(p["doi"]), p
            p["doi"] = SICI_DOI
        papers.append(p)
        i = end + 1
    assert len(papers) == 57, len(papers)
    assert sum(1 for ln in LINES if ln.startswith("[[note")) == 12
    write_truth(NAME, "wild17_development", papers,
                "every '[VENUE'YY] [Title](url)' paragraph (link text wrapped over lines; one title in plain brackets"
                " before a '[paper](url)' link) is an entry from its tag line to its last line, note lines included;"
                " title = the bracketed text after the tag, line breaks joined; the SICI DOI of line 10 set by hand",
                "57 tag lines and 12 note lines by grep, every title by eye against the file (wrapped titles, the"
                " tag without a following space, the Samurai paragraph), line ranges of entries with notes and of the"
                " last entry (no closing newline), DOIs of the ACM DL, Wiley and SICI links")


if __name__ == "__main__":
    main()
