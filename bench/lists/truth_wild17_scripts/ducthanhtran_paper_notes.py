"""Wild17 truth for ducthanhtran/paper_notes README.md (commit fc1ae27, 2019-05-28): one person's NLP/MT reading list and notes index.

Taken at an older commit: the newest README is only a table of contents (the list moved to a
smaller table in 2020).  Shape: topic headings (NLP, machine translation with sub-headings,
network structure, tools, computer vision), under each a '*' bullet per paper:
'* 2018 Oct, Author et al.: Title, Venue, [[Venue 2018]](url) [[arXiv 2018]](url) [[Notes]](url)'.
The month is missing in some ('* 2018, Zhang et al.: ...'), the venue in two (line 30, 65:
'Title, [[EMNLP 2018]]'), the comma after the venue in one (line 43 'Title, NAACL [[arXiv').

Entries: every bullet (56), all papers ('Sisyphus, a Workflow Manager ...' under 'Tools' is an
EMNLP system-demonstration paper: kept).  Title = the text between the 'Author(s): ' prefix and
the venue, i.e. the bullet text before ' [[' with the closing ', Venue' (one of a fixed list,
checked) or trailing ',' removed; a comma inside the title ('Sisyphus, a Workflow ...') kept.

Oddity: the bullet at line 104 has a '[[Notes]](' link whose URL was pushed to line 115 (after
three headings); the entry is line 104 only, line 115 (a bare URL and ')') is not an entry.
Ids: arXiv abs/pdf links (the first one of a bullet is its id; line 107 has two); no DOI.
Count: 56 lines start with "* " (grep), 56 entries (counted again by line number per section).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "ducthanhtran__paper_notes__README@fc1ae27.md"
PART = "wild17_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

VENUES = {"ICLR", "PMLR", "EACL", "AAAI", "NAACL-HLT", "JCMR", "ACL", "ICNLSSP", "CLIN", "arXiv", "WMT",
          "EMNLP", "WNMT", "ICMLA", "NAACL", "NIPS", "TACL", "DHN", "ICML", "Complex Systems 2", "CVPR"}


def main() -> None:
    for i, text in enumerate(LINES, 1):
        if not text.startswith("* "):
            assert not re.match(r"\s*[*-] ", text), (i, text)
            continue
        m = re.match(r"\* \d{4}(?: [A-Z][a-z]{2})?, [^:]+?: (.*?) ?\[\[", text)
        assert m, (i, text)
        rest = m.group(1).rstrip()
        if rest.endswith(","):
            rest = rest[:-1]
            head, sep, venue = rest.rpartition(", ")
            if sep and venue in VENUES:
                rest = head
            else:
                assert i in (30, 65), (i, rest)
        else:  # line 43: 'Title, NAACL [['
            head, _, venue = rest.rpartition(", ")
            assert i == 43 and venue == "NAACL", (i, rest)
            rest = head
        PAPERS.append(entry(LINES, i, i, rest))
    assert len(PAPERS) == 56, len(PAPERS)
    write_truth(NAME, PART, PAPERS,
                "every '* yyyy [Mon], Authors: Title, Venue, [[links]]' bullet is an entry (56, a demo paper under"
                " 'Tools' included), title = the text after 'Authors: ' up to the venue; the broken '[[Notes]]('"
                " link of line 104 continued at line 115 is not a second entry",
                "all 56 bullets and titles read against the file; 56 '* ' lines counted with grep; the three"
                " venue-less or comma-less bullets (30, 43, 65), the comma title at 123, line 104/115, arXiv ids"
                " (first link per bullet, two at 107)")


if __name__ == "__main__":
    main()
