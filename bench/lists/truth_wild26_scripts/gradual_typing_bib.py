"""Wild26 truth for samth/gradual-typing-bib README.md: Sam Tobin-Hochstadt's gradual typing bibliography (PL).

Shape: a prose intro and a fenced Scribble usage example (lines 1-27), then '#'/'##' section headings
(Gradual Typing: The original papers / Subsequent work; Early Work on Interoperation; Related:
Contracts / Typing Untyped Languages / Type Systems for Gradual-typing), one record per '#####'
heading: the heading is the title (often with a final '.'), then a blank line and 2-5 plain lines
(authors; venue and year; sometimes a note such as 'See subsequent version in TOPLAS 2009.'; one or
two bare URLs, some doi.org / dl.acm.org / arXiv).  A record spans its heading to the last
non-blank line before the next heading.
Entries: every '#####' record and the one record written with '####' (line 1338, 'Does Blame
Shifting Work?', POPL 2020), whatever its kind: papers, journal articles, technical reports,
theses (master's, PhD, honours, diploma), drafts and unpublished manuscripts, arXiv preprints, the
book chapter on line 141 ('Chapter of Semantics Engineering with PLT Redex'), the CACM article on
line 514, the Dagstuhl seminar report on line 326 (a report) and the Yale technical report
'Revised NISP manual' on line 1459.
Not entries (6 records): the three proceedings volumes (edited books: lines 167, 280, 368) and the
three invited talks (lines 172 and 216, written with '######', and line 247 'Adding types to untyped
languages', 'Invited talk at TLDI '10').  The Japanese title on lines 158-159 ('In Japanese:') is
the translation of the record on line 153 and part of it.  Same paper listed twice (e.g. lines 89
and 130, workshop and ESOP versions) = two entries.
Title = the heading text with a final '.' dropped and the annotation '(extended report)' on line
64 dropped; '(A Demo of Diamondback Ruby)' on line 1494 is kept (written as part of the title);
the all-capitals title on line 537 is kept as written.
Count check: 258 '##### ' + 1 '#### ' + 2 '###### ' headings = 261 records = 255 entries + 3
proceedings + 3 talks.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "samth__gradual-typing-bib__README@aededbf.md"
PART = "wild26_development"
PROCEEDINGS = {167, 280, 368}
TALKS = {172, 216, 247}


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#") and not t.startswith("#lang")]
    papers, records = [], 0
    for k, i in enumerate(heads):
        m = re.match(r"(#{4,6}) +(.+?)\s*$", lines[i - 1])
        if not m:
            assert re.match(r"#{1,2} ", lines[i - 1]), i
            continue
        if len(m.group(1)) == 4:
            assert i == 1338, i
        if len(m.group(1)) == 6:
            assert i in TALKS, i
        records += 1
        nxt = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        j = nxt - 1
        while not lines[j - 1].strip():
            j -= 1
        if i in PROCEEDINGS or i in TALKS:
            continue
        title = m.group(2)
        if i == 64:
            title = title.removesuffix(" (extended report)")
        if title.endswith(".") and not title.endswith(".."):
            title = title[:-1]
        papers.append(entry(lines, i, j, title))
    assert records == 261, records
    assert len(papers) == 255, len(papers)
    write_truth(NAME, PART, papers,
                "every '#####' heading record (and the one '####' record, line 1338) is an entry, spanning its"
                " heading to its last non-blank line; title = the heading text without a final '.'; the three"
                " proceedings volumes and the three invited talks are not entries",
                "the whole file read by eye (all 261 records sorted; first and last entry of each of the six"
                " sections), titles with '(extended report)', '(A Demo ...)', all capitals, 'λdB'; the Japanese"
                " translated title kept inside its record; arXiv ids from abs URLs, 'arXiv:' text and the"
                " 10.48550 DOI (line 1230); DOIs from doi.org, dx.doi.org and dl.acm.org/doi URLs")


if __name__ == "__main__":
    main()
