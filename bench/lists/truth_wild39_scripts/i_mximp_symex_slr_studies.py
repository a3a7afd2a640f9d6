"""Wild39 truth for mximp/se-limitations-slr primary-list-of-studies.md: the list of primary studies of a
systematic literature review on the limitations of symbolic execution (program analysis, test generation,
verification; software-engineering, PL and security venues), one study per line.

Shape: a bold header line giving the record format, "__\\#\\#. (ID). Title, publication year, publication
source__" (1), then
- 3-544: 542 records of one ordered list, every item numbered "1." (Markdown renumbers them), each one line
  "1. (ID). Title, YEAR, Venue" ended by two spaces (a hard line break; the last one, 544, without).  The ID
  is the study's number in the review's search results (1-542, each once).  Twelve records (all among 3-20)
  carry an escaped asterisk after the parenthesis, "(542)\\*." (9) or "(409)\\**." (3), the review's marks
  (all twelve have a round_I/ assessment file in the repository).  Journal venues are prefixed "Journal: ".
  Titles are as the databases give them (mixed case, "—" dashes, "(experience paper)", "\"Human vs. Bot
  Generated\""); one lost a word and keeps a double space ("... test data  using symbolic execution ...", 20).
- 546: a "----" rule, then 548-570: 23 studies found by snowballing, numbered "1." to "23." with IDs
  (1001)-(1024) (1009 missing), each a full reference copied from a paper's bibliography in whatever style
  that paper used: ACM/LNCS style "Authors. Title. In Proceedings ..." (548-551, 569-570), GB/T-like
  "Surname I, Surname I, et al. Title, Venue. Year." (552-553), IEEE style with the title in straight or
  curly quotes ("JDart: ...", 554-561, 566-568; the comma is inside the quotes on 558-561 and 566-568,
  outside on 554-557), and ACM author-year style "Authors. YEAR. Title. In ..." (562-565).  554 ends with a
  "doi: 10.1007/978-3-662-49674-9_26"; 557 is an M.S. thesis; 564 ends its title with ".." and 568 keeps a
  PDF hyphenation ("envi- ronments").

Decisions:
- Entries: every record of both lists (542 + 23 = 565), each one study (papers, a thesis, a tool paper);
  the header line and the rule are not entries.
- Span: the record's single line.
- Title, first list: the text between "(ID). " (with its asterisk marks) and the ", YEAR, " before the venue
  (no title holds ", YEAR, "; the shortest and the longest match agree on every line); double space
  collapsed.
- Title, second list, by style: the first quoted string (its inner final comma dropped); after "YEAR. " up
  to the ". " or "? " before " In "; otherwise the text after the author list, which ends at the first ". "
  that follows a lower-case word ("Cadar. ", "Engler. ", "Godefroid. "), up to the next ". ".  The two
  GB/T-like references cannot be cut by that rule (their author lists end "Lu G." and "et al."), so their
  titles are given below and checked to occur in the line: "Search of Speculative Symbolic Execution Path
  Based on Ant Colony Algorithm" (552) and "Challenges and opportunities with concolic testing" (553, the
  title ends at its comma).  "envi- ronments" is kept as written; the second "." of 564 goes with the
  citation's separator.
- Ids: the DOI of 554 from its own line; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "mximp__se-limitations-slr__primary-list-of-studies@bf5ca80.md"
PART = "wild39_development"

STUDY = re.compile(r"^1\. \((\d+)\)(?:\\\*+)?\. (.+?), (?:19|20)\d\d, (.+?)\s*$")
STUDY_GREEDY = re.compile(r"^1\. \((\d+)\)(?:\\\*+)?\. (.+), (?:19|20)\d\d, (.+?)\s*$")
SNOWBALL = re.compile(r"^(\d+)\. \((10\d\d)\)\. (.+)$")
QUOTED = re.compile(r"[\"“](.+?),?[\"”]")
YEAR_FIRST = re.compile(r"\. (?:19|20)\d\d\. (.+?[?.])\.? In ")
AFTER_AUTHORS = re.compile(r"^.*?[a-z]{2}\. (.+?)\. ")
GIVEN = {
    552: "Search of Speculative Symbolic Execution Path Based on Ant Colony Algorithm",
    553: "Challenges and opportunities with concolic testing",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    ids = []
    for n, ln in enumerate(lines, 1):
        if m := STUDY.match(ln):
            assert 3 <= n <= 544, n
            assert m.group(2) == STUDY_GREEDY.match(ln).group(2), n
            ids.append(int(m.group(1)))
            papers.append(entry(lines, n, n, m.group(2)))
            continue
        if m := SNOWBALL.match(ln):
            assert 548 <= n <= 570, n
            ids.append(int(m.group(2)))
            ref = m.group(3)
            if n in GIVEN:
                title = GIVEN[n]
                assert title in ref, n
            elif q := QUOTED.search(ref):
                title = q.group(1)
            elif y := YEAR_FIRST.search(ref):
                title = y.group(1)
            else:
                title = AFTER_AUTHORS.match(ref).group(1)
            papers.append(entry(lines, n, n, title))
            continue
        assert n in (1, 546) or not ln.strip(), (n, ln)
    assert len(ids) == len(set(ids)), "repeated study ids"
    assert len(papers) == 542 + 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each record of the review's primary-study list ('1. (ID). Title, YEAR, Venue') and of the snowballing"
        " list after the rule (full references in ACM, IEEE-quoted, author-year and GB/T-like styles) is one"
        " study; title = the text before ', YEAR, ', or the reference's quoted title / the text after 'YEAR. ' /"
        " the text after the author list (two GB/T references given by hand); ids from the line.",
        "All 570 lines checked by the script's asserts (every non-blank line is the header 1, the rule 546 or a"
        " record; study ids unique; lazy and greedy title cuts agree); -v output compared by eye for the first"
        " and last 10 records of the first list, the 12 asterisk-marked records, the double-space title 20, ~30"
        " random records, and all 23 snowballing references one by one (quote styles 554-561/566-568, the '?'"
        " title 562, the '..' of 564, 'envi- ronments' 568, the hand-given 552-553, the DOI of 554).",
    )


if __name__ == "__main__":
    main()
