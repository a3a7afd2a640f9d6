"""Wild43 truth for hegongshan/File-System-Paper README.md: a storage researcher's list of file-system papers
(local, user-space, crash consistency, fragmentation, manycore, distributed/HPC/cloud/AI file systems, metadata,
replication, erasure coding, deduplication, security, surveys, analysis, object storage, new hardware).

Shape (455 lines): "# File System", a nested TOC of anchor links (3-34), then ``##``/``###``/``####`` sections.
Each paper is its own paragraph (blank line between): ``[YEAR VENUE] Nick: **Title**. [[PDF](url)]`` with optional
``[[Slides](..)]``, ``[[Code](..)]``, ``[[Dataset](..)]``, ``[[Relevant Slides](..)]``, ``[[Ph.D. Thesis](..)]``,
``[[SOSP PDF](..)] [[TOCS PDF](..)]`` links.  The bracketed tag holds a year and a venue (``[1974 CACM]``,
``[2007 Ph.D. Thesis@UCSC]``, ``[1998 Technical Report]``) or the year alone (``[1995]``), and for four papers two
venues (``[1987 SOSP & 1988 TOCS]`` 164, 170, 172, ``[2018 CLUSTER & 2020 JCST]`` 224).  An optional system
nickname stands before the bold title (``FFS: **A Fast File System for UNIX**``, ``Paxos: **The Part-Time
Parliament**``); other titles carry their own name inside the bold (``**F2FS: A New File System ...**``).  One
title is wrapped over two lines (418-419).  Quote lines name software (``> FUSE: **F**ilesystem in **USE**rspace,
https://github.com/libfuse/libfuse`` 82, kernel docs, e2fsprogs, a related list); sub-topic bullets ``* Chain
Replication`` (318-328) group the replication papers.  Links: ACM DL ``/doi/pdf/10.1145/...`` (and the ``10.5555``
pseudo-DOI 322), USENIX, IEEE ``stamp.jsp``, Springer ``content/pdf/10.1007/....pdf``, dx.doi.org 416, citeseerx,
kernel.org, personal pages.

Decisions:
- Entries (167): every ``[YEAR ...]`` paragraph naming a paper, the PhD thesis 184 and the 1998 technical report
  374 included.  The records with two venues (164, 170, 172, 224) give one title for the conference and journal
  versions of one work and are one entry each (170's extra thesis link too).
- Not entries: 60 ``[1998] BeFS: Practical File System Design with the Be File System`` (Giampaolo's book) and 78
  ``[2020 VAULT] zonefs: ...`` (a Vault talk: only its slides are linked); the TOC, headings, quote lines
  (software, documentation), topic bullets.
- Span: the paragraph's lines (one line, 418-419 for the wrapped title).
- Title: the bold text (the nickname before it and the bracketed tag left out); a final '.' after the bold is the
  list's separator.  Inner italics (``It *IS* Rocket Science`` 429) are markup.
- Ids: the first DOI the paragraph gives (ACM DL pdf incl. the 10.5555 ones 304/322, Springer pdf with ``.pdf``
  dropped, doi.org 234, dx.doi.org 416); arXiv pdf links on 240, 264, 266; citeseerx ``doi=10.1.1...`` query
  keys (46, 48, 70, 162) are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "hegongshan__File-System-Paper__README@4e72910.md"
PART = "wild43_development"

RECORD = re.compile(r"^\[(?:1[89]|20)\d\d(?: [^\]]*)?\] (?:[^*\]]+: )?\*\*")
NOT_PAPERS = {60: "Practical File System Design with the Be File System", 78: "zonefs: Mapping POSIX"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = set()
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if not ln.startswith("["):
            assert "**" not in ln or ln.startswith(">"), (n, ln)
            continue
        assert RECORD.match(ln), (n, ln)
        last = n
        while "**" not in ln[ln.index("**") + 2:]:  # the bold title continues on the next line
            last += 1
            ln = ln + "\n" + lines[last - 1]
        if n in NOT_PAPERS:
            assert NOT_PAPERS[n] in ln, (n, ln)
            skipped.add(n)
        else:
            title = re.search(r"\*\*(.+?)\*\*", ln, flags=re.DOTALL).group(1)
            papers.append(entry(lines, n, last, title))
        n = last
    assert skipped == set(NOT_PAPERS), skipped
    assert len(papers) == 167, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '[YEAR VENUE] Nick: **Title**. [[PDF](url)]' paragraph is one paper (167, a PhD thesis and a tech"
        " report included; records with two venues for one title are one entry); title = the bold text without"
        " the tag and nickname; Giampaolo's book (60) and the slides-only Vault talk (78) are not entries; ids"
        " from the paragraph.",
        "Script asserts every '[' line is a '[YEAR ...] Nick: **' record, every other '**' line is a quote line and"
        " the two left-out records are the book and the talk; all 169 records listed and classified by hand; the"
        " full -v output (167 lines) compared with the record list for titles: nicknames dropped (42, 44, 64, 154,"
        " 222, 264, 330, ...), names inside the bold kept (62, 72, 74), the wrapped title 418-419, '?'/'!' kept"
        " (144), inner italics 429, en/em dashes (178, 224, 226, 386, 404, 412); ids checked for every entry"
        " that has one and for every line holding '10.' or 'arxiv' without one (the citeseerx keys).",
    )


if __name__ == "__main__":
    main()
