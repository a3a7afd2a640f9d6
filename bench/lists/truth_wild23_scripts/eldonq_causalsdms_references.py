"""Wild23 truth for EldonQ/CausalSDMs references/references.md: an auto-generated reference list of an
ecology project (species distribution models, freshwater biodiversity, causal discovery).

Shape: a '# References (auto-generated)' heading, a blank line, then 285 numbered records, one per line
(lines 3-287), each 'N. Title. Venue. Year. DOI: 10.xxx ' with a trailing space; the DOI is bare text,
never a link.  Two generations of records:
- lines 3-169 (records 1-167) have a year.  Records taken from PubMed keep the title's own final
  period, so title and venue are separated by '.. ' ('...Common Carp.. International journal of ...');
  lines 3, 133, 162, 168 and 169 have a single '. ' instead.  Titles may carry HTML (<i>R</i>, <b>pcalg</b>:
  lines 168-169) which the helper strips ('with theRPackagepcalg', as rendered).
- lines 170-287 (records 168-285) have no year ('Venue. . DOI:') or neither venue nor year
  ('Title. . . DOI:'); here the venue is the last '. '-separated segment, except the overrides in
  VENUE_SPLIT (venues holding '. ' themselves: line 19 'Mutation research. Genetic toxicology ...',
  line 199 'Topics in Biodiversity and Conservation,Marine, ...').
Title = the text before the venue, final '.' removed ('?' kept; line 70 thus ends 'Platanus orientalis
L'); line 213 writes '&lt;I&gt;Equus ...&lt;/I&gt;', which renders (and is kept) as '<I>Equus hemionus
hemionus</I>'.

Entries: every record whose subject is one scholarly work: journal articles (including a 'Correction
to:' notice, line 3, a published journal item), conference papers, preprints (bioRxiv, Research Square,
EcoEvoRxiv, line 216 RARS), theses (lines 212, 215, 228), book chapters with their own title (Cambridge,
CRC, MIT Press, IntechOpen chapters, the encyclopedia article on line 180, the law-collection guide on
line 224), including the two chapters whose title repeats the book's (lines 221-222).
Not entries (47 records, listed by line in NOT_ENTRIES):
- 7 CRAN packages (software, DOIs 10.32614/cran.package.*; lines 185, 231, 283-287);
- 6 editorial decision letters and 23 peer-review reports ('Decision letter for ...', lines 188-193;
  'Peer Review #n of ...', lines 232-238; 'Review for ...', lines 250-265), reviews of a paper, not it;
- 6 figures and tables of papers ('Figure 2 from: ...', 'Figure 3: ...', lines 206-210; 'Table 2: ...',
  line 271);
- the whole book 'Joint Species Distribution Modelling' (line 223, 10.1017/9781108591720) and its
  front and back matter: Epilogue, Index, Preface, References (lines 201, 219, 244, 248).
Count check: 285 numbered lines = 238 entries + 47 not entries; every entry has a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "EldonQ__CausalSDMs__references__references@ef4c261.md"
PART = "wild23_development"

CRAN = {185, 231, 283, 284, 285, 286, 287}
REVIEWS = set(range(188, 194)) | set(range(232, 239)) | set(range(250, 266))
FIGURES = {206, 207, 208, 209, 210, 271}
BOOK = {201, 219, 223, 244, 248}
assert (len(CRAN), len(REVIEWS), len(FIGURES), len(BOOK)) == (7, 29, 6, 5)
NOT_ENTRIES = CRAN | REVIEWS | FIGURES | BOOK
# records where the venue (or the title) holds '. ' itself: line -> venue as written
VENUE_SPLIT = {
    19: "Mutation research. Genetic toxicology and environmental mutagenesis",
    199: "Topics in Biodiversity and Conservation,Marine, Freshwater, and Wetlands Biodiversity Conservation",
}
REC = re.compile(r"^(\d+)\. (.*)\. DOI: (\S+) $")


def split_title(i: int, rest: str) -> str:
    """Title of a record's text before '. DOI:' ('Title. Venue. Year', 'Title. Venue. ', 'Title. . ')."""
    body = re.sub(r"\. (\d{4})?$", "", rest)  # drop '. Year' or the empty year's '. '
    if body.endswith((". ", ".")):  # no venue either
        return body.rstrip(" ").removesuffix(".").removesuffix(".")
    if i in VENUE_SPLIT:
        venue = VENUE_SPLIT[i]
        assert body.endswith(". " + venue), (i, body)
        return body[: -len(venue) - 2]
    if ".. " in body:
        return body.split(".. ", 1)[0]
    return body.rsplit(". ", 1)[0]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"\d+\. ", text):
            assert i in (1, 2) or not text.strip(), i
            continue
        records += 1
        m = REC.match(text)
        assert m and int(m.group(1)) == records, (i, text)
        if i in NOT_ENTRIES:
            continue
        title = split_title(i, m.group(2))
        papers.append(entry(lines, i, i, title))
        if "-v" in sys.argv:
            print(f"{i}: {title}  ||  {m.group(2)[len(title):]}")
    assert records == 285, records
    assert len(NOT_ENTRIES) == 47, len(NOT_ENTRIES)
    assert len(papers) == 238, len(papers)
    assert all(p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "each numbered record 'N. Title. Venue. Year. DOI: x' whose subject is one scholarly work"
                " (articles, a correction notice, conference papers, preprints, theses, book chapters) is an"
                " entry, title = the text before the venue; CRAN packages, peer-review reports and decision"
                " letters, figures/tables and a book with its front and back matter are not entries",
                "all 285 records read by eye with the title/venue split printed for each; the 47 non-entries"
                " listed by line and reason; HTML in titles (lines 168-169, 213), titles ending '?' and the two"
                " venues holding '. ' (lines 19, 199) checked; every DOI is the record's bare 'DOI:' text")


if __name__ == "__main__":
    main()
