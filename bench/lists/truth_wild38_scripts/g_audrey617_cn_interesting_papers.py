"""Wild38 truth for audrey617/My-Notes CN/InterestingPapers.md: a student's notes of the papers mentioned in a
computer-networks course (SDN, Internet security, censorship, video streaming, CDNs), "for future reference".

Shape: one plain first line, then ``##`` sections, each written differently:
- ``## SDN:<br>`` (4-9): an ordered list of MLA/Chicago-style citations ``Surname, First, et al. "Title."
  Venue (Year): pages.<br>``; then three tool/tutorial lines (11 P4 tutorial, 13 OpenFlow wiki, 15 OVSDB docs)
  and an image caption naming a paper already listed (17, "Architecture design from the paper - ONOS: ...")
  with two screenshots (18-19).
- ``## Internet Security:<br>`` (23-36): an ordered list of bare titles ending in ``<br>`` (1-11), a blank line,
  then item ``12.`` (35) whose paragraph lazily continues with a glossary link "What is BGP hijacking:
  https://www.cloudflare.com/..." (36).
- ``## Internet Surveillance and Censorship<br>`` (40-59): items ``n. Title`` with the paper's PDF URL on the
  next line (lazy continuation), blank line between items; several titles and one URL contain no-break spaces.
- ``## Applications Video`` (63-87): unnumbered two-line paragraphs ``Title`` / URL, then two title-only
  paragraphs (85, 87); line 68 and 80 hold a single space.
- ``## Application CDN`` (91-125): one-line title paragraphs, a textbook pointer (95 "Kurose-Ross Edition 7th,
  Chapters 2.5 and 9"), a label "On P-2-P and Gaming:" (117) and four bare PDF URLs of papers (119-125).

Decisions:
- Entries: the six SDN citations (title = the quoted title, final '.' inside the quotes dropped); the twelve
  security titles (the span of item 12 is its own line 35: line 36 is another resource, a glossary page, joined
  by lazy continuation); the seven censorship items (title line + URL line); the video paragraphs naming papers
  or articles (VoIP survey, Le Gall's MPEG article, the IEEE JPEG-standard article, "Watching Video over the
  Web", the QoE metric and streaming-rate papers, Pensieve, the control-theoretic ABR paper); the twelve CDN
  titles; the four bare paper URLs under "On P-2-P and Gaming:" (records whose subject is one paper but that
  name no title: title null).  Titles as written (no-break spaces collapsed; "ExposeBulletproof", "ofQuality",
  "Chord:A" kept; the trailing ',' of line 103 dropped as a separator).
- Not entries: the first line, the tutorial/tool/documentation lines (11, 13, 15), the image caption and
  images (17-19), the glossary link (36), "JPEG File Interchange Format" (72-73, a file-format specification,
  not a scholarly work), the textbook chapters (95) and the "On P-2-P and Gaming:" label (117).
- Ids from the entry's lines: only 82 has one (ACM DOI in a dl.acm.org/doi/pdf URL); the ScienceDirect pii (64)
  and IEEE Xplore document numbers are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "audrey617__My-Notes__CN__InterestingPapers@5a48cd6.md"
PART = "wild38_development"

CITATION = re.compile(r'^\d+\. [^"]+"(.+?)\.?" .*<br>$')
NUMBERED = re.compile(r"^(\d+)\. (.+?)(?:<br>)?$")
URL = re.compile(r"^https?://\S+$")
SECTIONS = {  # heading -> (first, last) content lines
    "## SDN:<br>": (4, 9),
    "## Internet Security:<br>": (23, 36),
    "## Internet Surveillance and Censorship<br>": (40, 59),
    "## Applications Video": (63, 88),
    "## Application CDN": (91, 125),
}
NOT_PAPERS = {72: "JPEG File Interchange Format", 95: "Kurose-Ross Edition 7th, Chapters 2.5 and 9",
              117: "On P-2-P and Gaming:"}


def main() -> None:
    lines = read_lines(NAME)
    heads = {ln: n for n, ln in enumerate(lines, 1) if ln.startswith("## ")}
    assert list(heads) == list(SECTIONS)
    papers = []
    # SDN: one citation per line
    for n in range(4, 10):
        m = CITATION.match(lines[n - 1])
        assert m, n
        papers.append(entry(lines, n, n, m.group(1)))
    # Internet Security: numbered bare titles; item 12's lazy continuation (36) is a glossary link
    for n in range(23, 36):
        if not lines[n - 1]:
            continue
        m = NUMBERED.match(lines[n - 1])
        assert m and lines[n - 1].endswith("<br>"), n
        papers.append(entry(lines, n, n, m.group(2)))
    assert lines[35].startswith("What is BGP hijacking: https://www.cloudflare.com/")
    # Censorship: "n. Title" + URL line
    for n in range(40, 60):
        m = NUMBERED.match(lines[n - 1])
        if not m:
            assert not lines[n - 1] or URL.match(lines[n - 1].strip()), n
            continue
        assert URL.match(lines[n].strip()), n
        papers.append(entry(lines, n, n + 1, m.group(2)))
    # Video and CDN: paragraphs of a title (optionally + URL line), or a bare URL
    for first, last in (SECTIONS["## Applications Video"], SECTIONS["## Application CDN"]):
        n = first
        while n <= last:
            ln = lines[n - 1].strip()
            if not ln:
                n += 1
                continue
            end = n
            while end < len(lines) and lines[end].strip():
                end += 1
            if n in NOT_PAPERS:
                assert ln == NOT_PAPERS[n], n
            elif URL.match(ln):
                assert end == n, n
                papers.append(entry(lines, n, n, None))
            else:
                assert end == n or (end == n + 1 and URL.match(lines[n].strip())), n
                papers.append(entry(lines, n, end, ln))
            n = end + 1
    assert len(papers) == 6 + 12 + 7 + 8 + 12 + 4, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each record naming a paper is an entry: SDN citations (quoted title), numbered security titles, censorship"
        " title+URL items, video and CDN title paragraphs (with their URL line when present) and four bare paper"
        " URLs (title null); tutorials, docs, the image caption, a glossary link, the JFIF format spec, textbook"
        " chapters and a label are not; titles as written.",
        "Whole file read line by line: every section's first and last entry (4, 9, 23, 35, 40-41, 58-59, 63-64,"
        " 87, 91, 125), the lazy continuation of item 12 (36), the no-break spaces (40, 43, 49, 52, 53, 58), the"
        " excluded lines (11-19, 72-73, 95, 117), the space-only lines (68, 80), the ACM DOI (82), the pii (64)"
        " and the four bare URLs compared with the -v output.",
    )


if __name__ == "__main__":
    main()
