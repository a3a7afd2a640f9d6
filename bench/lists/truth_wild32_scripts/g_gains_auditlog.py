"""Wild32 truth for mimicji/GAINS auditlog.md: a system-security reading list on audit-log /
provenance analysis (one topic page of the NUS "Getting stArted wIth biNary analysiS" notes).

Shape: ``- Title. Authors, et al. VENUE'YEAR [paper](url)`` bullets under ``##``/``####`` headings.
The title is plain text (not linked); the only link is the trailing ``[paper]`` label, so the title
is the text before the first ``. `` that ends it.  Four records put a comma instead of the full
stop between title and authors (line 83 ``Hercule: ...log graph, K. Pei``, line 88 ``Holmes: ...
information flows, S. M. Milajerdi``, line 108 ``Forensic analysis ... improved backtracking,
S. Sitaraman``, line 113 ``LDX: ... dual execution, Y. Kwon``); there the title ends at that comma.
Line 140 has no authors at all (``...secure audit logging. FC'2012``).  Line 85 writes a truncated
title (``... in Enterprise Secur.``), kept as written.  Not entries: the anchor table of contents
(lines 3-18), the audit-record example in the code fence (25-37) and the three tracing tools
under ``#### Tool`` (lines 41-43: Auditd, ETW, Dtrace).  Repeats count separately: Protracer
(lines 100 and 112), Poirot (131 and 147) and the Jiang process-colouring paper (64 and 77, written
with different capitals).  Ids: arXiv from the ``[paper]`` PDF links where they point to arxiv.org,
DOIs where the link is a dl.acm.org/doi or link.springer.com/chapter URL; the CiteSeerX
``doi=10.1.1...`` query keys (lines 66, 136, 139) are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "mimicji__GAINS__auditlog@6831dd8.md"
PART = "wild32_development"

COMMA_SPLIT = {83, 88, 108, 113}  # title closed by ", " before the authors
TOOLS = {41, 42, 43}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if i < 20 or i in TOOLS or not ln.startswith("- "):
            continue
        body = ln[2:]
        if i in COMMA_SPLIT:
            title = re.match(r"^(.+?), [A-Z]\.", body).group(1)
        else:
            title = body.split(". ", 1)[0]
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 86, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- Title. Authors VENUE [paper](url)' bullet after the table of contents is one entry except the"
        " three tool bullets; title is the text before the first '. ' (before ', ' + initial on four lines).",
        "All 86 entries read against the file by eye (-v listing), including the comma-split lines, the"
        " author-less line 140, the truncated line 85 and the repeated records; ids checked against each"
        " [paper] URL.",
    )


if __name__ == "__main__":
    main()
