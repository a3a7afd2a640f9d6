"""Wild46 truth for PROSRESEARCHCENTER/junitcontest ``PUBLICATIONS.md``: the bibliography of the JUnit testing-tool
contest infrastructure (SBST workshop tool competitions 2013-2018): the competition reports and the participating
tools' papers (EvoSuite, T3, JTeXpert, GRT, EvoSuite-MOSA), a software project's list of the papers it produced.

Shape (131 lines): one intro sentence, then one ``#`` heading per contest (``# 6th contest 2018`` 3, 2017 22,
2016 41, 2015 63, 2014 93, 2013 111), each followed by four ``* `` bullets about the workshop (its site URL, name,
date and place, co-located conference; in 2014 the first bullet links the Springer proceedings volume,
``link.springer.com/book/10.1007/978-3-319-07785-7``), then records of ``Key: value`` lines separated by blank lines:
``Title:``, ``Authors:``, ``URL:`` and, for the competition reports of 2017 and 2018, an ``appendix: [detailed
results](...)`` line (31 without the hard-break spaces).  Values are padded to a column (``Title:    `` or
``Title:   ``) and most lines end with the two spaces of a Markdown hard break, so each record renders as one
paragraph.  Titles hold an em dash (28),
an en dash (47, 99), ``@`` (14) and a lower-case style (``Unit testing tool competition: round three``).  URLs are
ACM DL ``citation.cfm?id=`` pages, IEEE Xplore pages (one ``stamp.jsp?arnumber=``) or Springer chapter pages (one
percent-encoded, ``10.1007%2F978-3-319-07785-7_7``).

Decisions:
- Entries (23): every ``Title:`` record: competition reports, tool papers and the SBST 2013 workshop summary
  (``... (SBST 2013) Workshop Summary``, a paper in the ICST 2013 proceedings).
- Not entries: the intro line, the contest headings and their workshop bullets (including the proceedings-volume
  link of 2014, a book).
- Span: the ``Title:`` line to the record's last field line (``URL:``, or ``appendix:`` where there is one).
- Title: the ``Title:`` value, padding and the trailing hard-break spaces stripped.
- Ids: from the record's lines: the Springer chapter DOIs (101, 105, 109; 109 percent-encoded); ACM ``citation.cfm``
  and IEEE Xplore pages give none; no arXiv.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "PROSRESEARCHCENTER__junitcontest__PUBLICATIONS@467ffd2.md"
PART = "wild46_development"

FIELD = re.compile(r"^(Title|Authors|URL|appendix): +(\S.*?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 132 and lines[-1] == "", len(lines)
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        m = FIELD.match(ln)
        if not m:
            assert not ln.strip() or ln.startswith(("# ", "* ")) or n == 1, (n, ln)
            n += 1
            continue
        assert m.group(1) == "Title", (n, ln)
        title = m.group(2)
        last = n
        keys = []
        while last < len(lines) and FIELD.match(lines[last]):
            keys.append(FIELD.match(lines[last]).group(1))
            last += 1
        assert keys in (["Authors", "URL"], ["Authors", "URL", "appendix"]), (n, keys)
        papers.append(entry(lines, n, last, title))
        n = last + 1
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each 'Title:' / 'Authors:' / 'URL:' (/ 'appendix:') record is one entry (23: competition reports, tool"
        " papers, a workshop summary), not the contest headings and workshop bullets; span = the record's field"
        " lines; title = the 'Title:' value without padding and hard-break spaces; DOIs from Springer chapter URLs.",
        "Whole file read (131 lines): every line outside the records is blank, a '#' heading, a '* ' bullet or the"
        " intro (asserted), every record is Title/Authors/URL(/appendix) (asserted); all 23 -v lines compared with"
        " the file: first and last record of each contest (9, 18, 28, 37, 47, 59, 69, 89, 99, 107, 117, 129), the"
        " appendix records 9-12 and 28-31, the dash titles 28, 47, 99, the '@' title 14, the three Springer DOIs"
        " (109 percent-encoded, decoded) and the proceedings-volume bullet 94 left out.",
    )


if __name__ == "__main__":
    main()
