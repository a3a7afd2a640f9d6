"""Wild36 truth for adamaviv/usec-f20 schedule.md: the course schedule of a graduate seminar on Usable
Security and Privacy (GWU, Fall 2020), one ``## Meeting N`` heading per week.

Shape: under each meeting, ``### Required Reading(s)``, ``### Additional Reading(s)`` and ``### Textbook
Reading`` headings hold ``*`` bullets written as author-first references with the title as the only link
(``Authors. [Title](url). Venue year.``), sometimes with a method tag in parentheses before the authors
(``(interview)``, ``(diary)``, ``(mixed-method)``, ``(focus group/grounded-theory)``).  Other headings
(``### Due``, ``### Presenters``) hold bullets that are not readings; Meeting 13's readings (329-345) sit
directly under its ``### Topic`` heading (and an ``### Additional Readings`` one), so every bullet outside
Due/Presenters sections is considered.

Entries: every reading bullet that names a scholarly work, title = its link text (markup removed, a final
``.`` inside the link dropped).  Decisions:
- Multi-line records: 63-64 (the ``. In Proceedings of IEEE SP 2017.]`` tail on its own line), 192-193,
  195-196, 206-207, 290-291 (authors on the bullet line, linked title on the next line), 337-339.
- Line 199 is a stray tail of some deleted citation (``soups2017/.../tsai). In proceedings of SOUPS 2017``)
  that Markdown renders as a continuation of the bullet on line 198, so it is inside that entry's span
  (it carries no id).
- Line 37: James Mickens, "This World of Ours", a column in USENIX ;login: (a published magazine
  article) -- counted.  Line 166: the Menlo Report (a DHS report) -- counted as a report.  Line 93:
  Solove's law-review article -- counted.  Line 81: Thomas's journal article listed under "Textbook
  Reading" -- counted.
- Not entries: the Lazar et al. textbook chapters (24, 50, 51, 78-80, 105), the GDPR explainer web page
  (250), the note "Also read the original from Alex De Luca et al." (176; the nested bullet 177 under it
  is an entry), "None" (28), and all Due/IRB/PS/project bullets.
- CiteSeerX ``doi=10.1.1...`` queries are not DOIs (the DOI pattern does not match them).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "adamaviv__usec-f20__schedule@25b9263.md"
PART = "wild36_development"

LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
BULLET = re.compile(r"^\s*\*\s")
# bullets under reading headings that are not scholarly works
NOT_PAPERS = {24, 28, 50, 51, 78, 79, 80, 105, 176, 250}
# bullets under these headings are assignments and presenters, never readings
SKIP_HEADS = re.compile(r"^###\s*(Due|Presenters)\b")
HEAD = re.compile(r"^#{1,3}\s|^-{5,}")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_readings = False
    i = 0
    while i < len(lines):
        ln = lines[i]
        n = i + 1
        if HEAD.match(ln):
            in_readings = not SKIP_HEADS.match(ln)
        if in_readings and BULLET.match(ln) and n not in NOT_PAPERS:
            # the record runs on over following non-blank lines that open no new bullet
            last = n
            while last < len(lines) and lines[last].strip() and not BULLET.match(lines[last]):
                last += 1
            block = "\n".join(lines[n - 1 : last])
            m = LINK.search(block)
            assert m, n
            papers.append(entry(lines, n, last, m.group(1)))
            i = last
            continue
        i += 1
    assert len(papers) == 72, len(papers)
    write_truth(NAME, PART, papers,
                "Each reading bullet under a Required/Additional/Textbook Reading heading that names a scholarly"
                " work (papers, a ;login: column, the Menlo Report, a law-review article) is an entry spanning"
                " its continuation lines; title = the link text; textbook chapters, the GDPR web page, notes and"
                " Due/IRB bullets are not entries.",
                "Read all 361 lines against the -v output: every meeting's first and last reading, the"
                " multi-line records (63-64, 192-193, 195-196, 198-199 stray tail, 206-207, 290-291, 337-339),"
                " the nested De Luca bullet under the note at 176, the excluded textbook/GDPR/None bullets, the"
                " titles with quotes and trailing dots inside the link (190, 198, 314, 338), and the ids (arXiv"
                " 137/262/282/343, sagepub DOI at 81, no DOI from the CiteSeerX queries).")


if __name__ == "__main__":
    main()
